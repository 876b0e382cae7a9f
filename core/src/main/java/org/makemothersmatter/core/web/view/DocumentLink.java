package org.makemothersmatter.core.web.view;

import org.makemothersmatter.core.model.Language;

/**
 * A statement or a report in a list: its title linked to its file, what the file is ({@code meta}: "PDF, 245 KB"),
 * its date and its UN document symbol (null if none). {@code lang} is set when it is not in the page's language.
 */
public record DocumentLink(String title, String url, String lang, String meta, DateView date, String symbol) {

    /** The direction of the text in {@link #lang()}. */
    public String dir() {
        return Language.dirOf(lang);
    }
}
