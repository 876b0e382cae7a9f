package org.makemothersmatter.core.web.view;

/**
 * An event as a calendar lists it: its title (in {@code lang} when not the page's language), link, kind, when and
 * where.
 */
public record EventCard(String title, String lang, String url, String kind, DateView day, String when,
                        String where) {
}
