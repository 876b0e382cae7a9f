package org.makemothersmatter.plugins.france;

import gg.jte.Content;
import org.makemothersmatter.core.web.Texts;

/**
 * The Mothers' Workshops page. {@code news} is MMM France's latest news as core's cards, or null when there
 * is none yet and {@code emptyText} is shown instead.
 */
public record WorkshopsView(Texts t, String title, Content news, String emptyText, String newsUrl) {
}
