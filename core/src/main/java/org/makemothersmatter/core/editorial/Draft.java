package org.makemothersmatter.core.editorial;

/** The text an editor types for one language of an article or a page; a page has no excerpt (null). */
public record Draft(String title, String slug, String excerpt, String body) {
}
