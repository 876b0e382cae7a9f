package org.makemothersmatter.core.web.view;

import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.plugin.Texts;

/** One article, with its featured image at the top (null if it has none). */
public record ArticleView(Texts t, String title, String titleLang, DateView date, String kicker, Picture image,
                          Body body, String backUrl, String backLabel) {

    /** The direction of the text in {@link #titleLang()}. */
    public String titleDir() {
        return Language.dirOf(titleLang);
    }
}
