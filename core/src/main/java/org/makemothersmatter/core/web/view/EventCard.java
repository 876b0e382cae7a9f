package org.makemothersmatter.core.web.view;

import org.makemothersmatter.core.model.Language;

/**
 * An event as a calendar lists it: its title (in {@code lang} when not the page's language), link, kind, when and
 * where.
 */
public record EventCard(String title, String lang, String url, String kind, DateView day, String when,
                        String where) {

    /** The direction of the text in {@link #lang()}. */
    public String dir() {
        return Language.dirOf(lang);
    }
}
