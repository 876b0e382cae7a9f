package org.makemothersmatter.core.model;

/** A static page of a site (mission, statutes, charter...) in one language. */
public record Page(long id, String site, String pageKey, int position, Language language, String title, String slug,
                   String bodyHtml) {
}
