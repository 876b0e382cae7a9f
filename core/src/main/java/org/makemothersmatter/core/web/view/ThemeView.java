package org.makemothersmatter.core.web.view;

import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.plugin.Texts;

/**
 * A theme's page: its description, a page of the articles of every site on it, and (on its first page) the pages and
 * the latest documents on it. {@code titleLang} is set when the theme has no text in the page's language.
 */
public record ThemeView(Texts t, String title, String titleLang, String description,
                        List<ArticleCard> news, Pagination pagination, String emptyText, List<Link> pages,
                        List<DocumentLink> documents) {

    /** The direction of the text in {@link #titleLang()}. */
    public String titleDir() {
        return Language.dirOf(titleLang);
    }
}
