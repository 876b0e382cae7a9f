package org.makemothersmatter.core.web.cache;

import java.time.Instant;

/**
 * A public page as it is served: its bytes, compressed once, and what tells a browser whether its copy is
 * still good (a strong ETag from the bytes, the time it was rendered).
 *
 * @param site the site it belongs to, whose changes make it stale
 * @param network whether it is a page of the international site, which every change may alter
 * @param status 200, or 404 for the page saying a story or page does not exist
 * @param brotli null where Brotli is not available
 */
record CachedPage(String site, boolean network, int status, byte[] identity, byte[] gzip, byte[] brotli, String etag,
                  Instant rendered) {

    /** What the cache counts against its limit: every variant, and a little for the rest. */
    int weight() {
        return identity.length + gzip.length + (brotli == null ? 0 : brotli.length) + 256;
    }
}
