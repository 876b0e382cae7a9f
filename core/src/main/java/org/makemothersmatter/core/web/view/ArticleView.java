package org.makemothersmatter.core.web.view;

import org.makemothersmatter.core.plugin.Texts;

/** One article. */
public record ArticleView(Texts t, String title, String titleLang, DateView date, String kicker, Body body,
                          String backUrl, String backLabel) {
}
