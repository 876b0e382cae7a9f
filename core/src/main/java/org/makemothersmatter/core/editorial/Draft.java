package org.makemothersmatter.core.editorial;

import java.util.Objects;

/**
 * The text an editor types for one language of an article or a page; a page has no excerpt (null). Line endings
 * are kept as one {@code \n}: browsers send a textarea's lines ended by {@code \r\n}, and a text saved from one
 * would otherwise differ on every line from the same text loaded from a file.
 */
public record Draft(String title, String slug, String excerpt, String body) {

    public Draft {
        excerpt = lines(excerpt);
        body = lines(body);
    }

    /** Whether this says the same as {@code other}: an absent excerpt or slug is an empty one, titles are trimmed. */
    public boolean sameAs(Draft other) {
        return Objects.equals(strip(title), strip(other.title)) && Objects.equals(strip(slug), strip(other.slug))
                && Objects.equals(strip(excerpt), strip(other.excerpt)) && Objects.equals(body(), other.body());
    }

    private static String lines(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
