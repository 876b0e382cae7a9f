package org.makemothersmatter.plugins.lebanon;

import gg.jte.Content;
import org.makemothersmatter.core.web.Texts;

/**
 * The solidarity appeal's page. {@code news} is MMM Lebanon's latest news as core's cards, or null when
 * there is none yet and {@code emptyText} is shown instead.
 */
public record SolidarityView(Texts t, String title, Content news, String emptyText, String newsUrl) {
}
