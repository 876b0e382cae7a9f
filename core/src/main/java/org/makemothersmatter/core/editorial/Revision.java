package org.makemothersmatter.core.editorial;

import java.time.Instant;
import org.makemothersmatter.core.model.Language;

/**
 * A saved state of one language of an article or a page ({@code itemId}); pages have no excerpt (null).
 * {@code savedByName} is the name of the account that saved it, as the account is named now; if there is no such
 * account, what was written down at the time (its e-mail address, or "content file" for a text loaded from one).
 */
public record Revision(long id, long itemId, Language language, String title, String slug, String excerpt,
                       String bodyMarkdown, Long savedBy, String savedByName, Instant savedAt) {

    /** The saved text, to save it again. */
    public Draft draft() {
        return new Draft(title, slug, excerpt, bodyMarkdown);
    }
}
