package org.makemothersmatter.core.documents;

import java.time.Instant;
import java.time.LocalDate;
import org.makemothersmatter.core.content.Slugs;
import org.makemothersmatter.core.model.Language;

/**
 * A statement or a report of a site, as its listings show it: standing alone or attached to an article
 * ({@code articleId}, else null), of a delegation ({@code delegation}: its section's code, else null), with the UN document symbol it has
 * ({@code symbol}, else null).
 */
public record Document(long id, String site, Long articleId, String delegation, String title, LocalDate issuedOn,
                       Language language, String symbol, String contentType, long sizeBytes, int pages,
                       Instant uploadedAt) {

    /** The name it is downloaded under: made from its title, so that nothing typed by the uploader reaches a header. */
    public String fileName() {
        return fileName(title);
    }

    /** Where it is served, on every site. */
    public String url() {
        return url(id, title);
    }

    public static String url(long id, String title) {
        return "/documents/" + id + "/" + fileName(title);
    }

    private static String fileName(String title) {
        return Slugs.of(title) + ".pdf";
    }
}
