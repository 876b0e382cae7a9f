package org.makemothersmatter.core.web.view;

import org.makemothersmatter.core.model.Language;
import java.util.List;

/** A delegation on the advocacy page: its introduction and its latest news. */
public record DelegationBlock(String name, String url, String summary, String lang, List<ArticleCard> news,
                              String moreLabel) {

    /** The direction of the text in {@link #lang()}. */
    public String dir() {
        return Language.dirOf(lang);
    }
}
