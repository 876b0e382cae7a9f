package org.makemothersmatter.core.web.view;

import org.makemothersmatter.core.model.Language;
import java.util.List;
import org.makemothersmatter.core.plugin.Texts;

/** The National MMM page: what the national associations are and do, each of them, their recent news. */
public record DirectoryView(Texts t, String title, String titleLang, Body intro, List<AssociationCard> associations,
                            List<ArticleCard> news) {

    /** The direction of the text in {@link #titleLang()}. */
    public String titleDir() {
        return Language.dirOf(titleLang);
    }
}
