package org.makemothersmatter.core.web.view;

import org.makemothersmatter.core.model.Language;

/** A national association in the directory, linking to its subsite. */
public record AssociationCard(String name, String url, String summary, String lang) {

    /** The direction of the text in {@link #lang()}. */
    public String dir() {
        return Language.dirOf(lang);
    }
}
