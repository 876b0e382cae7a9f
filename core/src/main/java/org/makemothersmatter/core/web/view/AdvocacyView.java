package org.makemothersmatter.core.web.view;

import org.makemothersmatter.core.model.Language;
import java.util.List;
import org.makemothersmatter.core.plugin.Texts;

/** The advocacy page: the delegations, their introductions and news, and the latest news of all of them. */
public record AdvocacyView(Texts t, String title, String titleLang, Body intro, List<DelegationBlock> delegations,
                           List<ArticleCard> latest) {

    /** The direction of the text in {@link #titleLang()}. */
    public String titleDir() {
        return Language.dirOf(titleLang);
    }
}
