package org.makemothersmatter.core.web.view;

import org.makemothersmatter.core.model.Language;
import java.util.List;
import org.makemothersmatter.core.plugin.Texts;

/** A national subsite's home page: its mission and aims, its pages, its latest news. */
public record AssociationHomeView(Texts t, String title, String summary, String summaryLang, Body mission,
                                  List<Link> pages, List<ArticleCard> news, String newsUrl) {

    /** The direction of the text in {@link #summaryLang()}. */
    public String summaryDir() {
        return Language.dirOf(summaryLang);
    }
}
