package org.makemothersmatter.core.web.view;

import org.makemothersmatter.core.model.Language;

/**
 * A block of rendered, sanitized content. When its translation is missing it holds the original text,
 * a notice that says so, and {@code lang} set to the original language; otherwise both are null.
 */
public record Body(String html, String lang, Notice notice) {

    /** The direction of the text in {@link #lang()}. */
    public String dir() {
        return Language.dirOf(lang);
    }
}
