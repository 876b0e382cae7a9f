package org.makemothersmatter.core.web.view;

import java.util.List;
import org.makemothersmatter.core.plugin.Texts;

/** The index of the network's themes. */
public record ThemesView(Texts t, String title, String intro, List<ThemeCard> themes) {
}
