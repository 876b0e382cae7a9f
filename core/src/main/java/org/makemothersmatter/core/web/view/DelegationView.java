package org.makemothersmatter.core.web.view;

import org.makemothersmatter.core.model.Language;
import java.util.List;
import org.makemothersmatter.core.plugin.Texts;

/** One delegation's page and a page of its news; on its first, its latest statements and reports. */
public record DelegationView(Texts t, String title, String titleLang, String summary, Body body,
                             List<ArticleCard> news, Pagination pagination, String emptyText,
                             List<DocumentLink> documents) {

    /** The direction of the text in {@link #titleLang()}. */
    public String titleDir() {
        return Language.dirOf(titleLang);
    }
}
