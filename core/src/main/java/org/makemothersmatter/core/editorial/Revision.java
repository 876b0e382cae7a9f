package org.makemothersmatter.core.editorial;

import java.time.Instant;
import org.makemothersmatter.core.model.Language;

/** A saved state of one language of an article or a page ({@code itemId}); pages have no excerpt (null). */
public record Revision(long id, long itemId, Language language, String title, String slug, String excerpt,
                       String bodyMarkdown, Long savedBy, String savedByName, Instant savedAt) {

    /** The saved text, to save it again. */
    public Draft draft() {
        return new Draft(title, slug, excerpt, bodyMarkdown);
    }
}
