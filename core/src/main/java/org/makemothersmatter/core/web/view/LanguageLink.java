package org.makemothersmatter.core.web.view;

import org.makemothersmatter.core.model.Language;

/** An entry of the language switcher: the same page in another language, named in that language. */
public record LanguageLink(String code, String name, String url, String ariaCurrent) {

    /** The direction of the text in {@link #code()}. */
    public String dir() {
        return Language.dirOf(code);
    }
}
