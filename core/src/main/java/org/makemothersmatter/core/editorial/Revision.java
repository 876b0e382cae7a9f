package org.makemothersmatter.core.editorial;

import java.time.Instant;
import org.makemothersmatter.core.model.Language;

/** A saved state of one language of an article. */
public record Revision(long id, long articleId, Language language, String title, String slug, String excerpt,
                       String bodyMarkdown, Long savedBy, String savedByName, Instant savedAt) {
}
