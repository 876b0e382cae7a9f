package org.makemothersmatter.plugins.mali;

import gg.jte.Content;
import java.util.List;
import org.makemothersmatter.core.web.Texts;

/**
 * The training and counselling page: the areas MMM Mali works through, already translated. {@code news} is
 * MMM Mali's latest news as core's cards, or null when there is none yet and {@code emptyText} is shown instead.
 */
public record ProgrammesView(Texts t, String title, List<String> areas, Content news, String emptyText,
                             String newsUrl) {
}
