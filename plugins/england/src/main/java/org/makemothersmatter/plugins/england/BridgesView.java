package org.makemothersmatter.plugins.england;

import gg.jte.Content;
import org.makemothersmatter.core.web.Texts;

/**
 * The page on bridges between mothers of different cultures. {@code news} is MMM England's latest news as
 * core's cards, or null when there is none yet and {@code emptyText} is shown instead.
 */
public record BridgesView(Texts t, String title, Content news, String emptyText, String newsUrl) {
}
