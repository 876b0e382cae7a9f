package org.makemothersmatter.core.web.view;

import org.makemothersmatter.core.model.Language;

/**
 * A navigation link. {@code ariaCurrent} is "page" on the link to the page being shown, else null;
 * {@code lang} is set when the label is not in the page's language (an untranslated page title).
 */
public record Link(String label, String url, String ariaCurrent, String lang) {

    /** The direction of the text in {@link #lang()}. */
    public String dir() {
        return Language.dirOf(lang);
    }

    public static Link of(String label, String url, boolean current) {
        return new Link(label, url, current ? "page" : null, null);
    }

    public static Link of(String label, String url, boolean current, String lang) {
        return new Link(label, url, current ? "page" : null, lang);
    }
}
