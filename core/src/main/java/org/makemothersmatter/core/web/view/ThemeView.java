package org.makemothersmatter.core.web.view;

import java.util.List;
import org.makemothersmatter.core.plugin.Texts;

/**
 * A theme's page: its description, a page of the articles of every site on it, and (on its first page) the pages and
 * the latest documents on it. {@code titleLang} and {@code titleDir} are set when the theme has no text in the page's language.
 */
public record ThemeView(Texts t, String title, String titleLang, String titleDir, String description,
                        List<ArticleCard> news, Pagination pagination, String emptyText, List<Link> pages,
                        List<DocumentLink> documents) {
}
