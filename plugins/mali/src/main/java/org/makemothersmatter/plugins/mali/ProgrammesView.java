package org.makemothersmatter.plugins.mali;

import java.util.List;
import org.makemothersmatter.core.web.view.OwnPageView;

/** The training and counselling page: what every own page shows, and the areas MMM Mali works through, translated. */
public record ProgrammesView(OwnPageView page, List<String> areas) {
}
