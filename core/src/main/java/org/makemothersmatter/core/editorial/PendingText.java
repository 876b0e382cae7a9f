package org.makemothersmatter.core.editorial;

import java.time.Instant;
import org.makemothersmatter.core.model.Language;

/**
 * A change of one language's text that waits to be published, for an item already public; or a translation begun
 * on it. Its {@code version} follows the published text's: it starts one above it and grows with each save.
 *
 * @param review whether a translator has submitted it for the editors to publish
 */
public record PendingText(Language language, String title, String slug, String excerpt, String bodyMarkdown,
                          String bodyHtml, boolean review, int version, Instant savedAt) {
}
