package org.makemothersmatter.core.web.view;

import org.makemothersmatter.core.model.Language;

/**
 * A theme on the themes' index: {@code lang} is set only when its text is not in the page's language (a missing
 * translation).
 */
public record ThemeCard(String name, String url, String description, String lang) {

    /** The direction of the text in {@link #lang()}. */
    public String dir() {
        return Language.dirOf(lang);
    }
}
