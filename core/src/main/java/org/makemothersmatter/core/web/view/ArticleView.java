package org.makemothersmatter.core.web.view;

import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.plugin.Texts;

/**
 * One article, with its featured image at the top (null if it has none), the documents attached to it, its themes
 * (links to their pages) and up to three articles related to it by its themes.
 */
public record ArticleView(Texts t, String title, String titleLang, DateView date, String kicker, Picture image,
                          Body body, List<DocumentLink> documents, List<Link> themes, List<ArticleCard> related,
                          String backUrl, String backLabel) {

    /** The direction of the text in {@link #titleLang()}. */
    public String titleDir() {
        return Language.dirOf(titleLang);
    }
}
