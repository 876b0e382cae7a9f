package org.makemothersmatter.core.web.cache;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

/**
 * A public page as it is served: its bytes, its compressed variants, made the first time a browser asks for
 * one (a page read only by a crawler or a static export never pays for them), and what tells a browser
 * whether its copy is still good (a strong ETag from the bytes, and when it was rendered as an HTTP date).
 */
final class CachedPage {

    /** The site it belongs to, whose changes make it stale. */
    final String site;
    /** Whether it is a page of the international site, which every change may alter. */
    final boolean network;
    /** 200, or 404 for the page saying a story or page does not exist. */
    final int status;
    /** What it is, with its encoding: a page, or a feed, a sitemap, a calendar. */
    final String contentType;
    final byte[] identity;
    final String etag;
    final String lastModified;
    /**
     * The second of {@link #lastModified}, if it began after the last change announced; else null: a copy kept
     * before that change may carry the same date, and only the ETag tells them apart.
     */
    private final Instant datable;
    private final Variant gzip = new Variant(Compression::gzip);
    private final Variant brotli = new Variant(Compression::brotli);

    CachedPage(String site, boolean network, int status, String contentType, byte[] identity, String etag,
               String lastModified, Instant datable) {
        this.site = site;
        this.network = network;
        this.status = status;
        this.contentType = contentType;
        this.identity = identity;
        this.etag = etag;
        this.lastModified = lastModified;
        this.datable = datable;
    }

    /** Whether a browser's copy of this date (its If-Modified-Since) is this page; never when the date cannot say. */
    boolean unchangedSince(String date) {
        if (datable == null || date == null) {
            return false;
        }
        try {
            return !ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().isBefore(datable);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The bytes in the coding {@link Compression#choose} picked. */
    byte[] in(String coding) {
        if (coding == null) {
            return identity;
        }
        return coding.equals(Compression.BR) ? brotli.get() : gzip.get();
    }

    /** The strong ETag of the bytes in that coding. */
    String etag(String coding) {
        return EntityTags.inCoding(etag, coding);
    }

    /** What the cache counts against its limit: the page, and room for its compressed variants. */
    int weight() {
        return identity.length * 2 + 256;
    }

    /** A compressed copy of the page, made when first asked for. */
    private final class Variant {

        private final UnaryOperator<byte[]> compress;
        // Made at most a few times over if browsers ask at once: cheaper than making them wait on each other.
        private volatile byte[] made;

        Variant(UnaryOperator<byte[]> compress) {
            this.compress = compress;
        }

        byte[] get() {
            byte[] bytes = made;
            if (bytes == null) {
                bytes = compress.apply(identity);
                made = bytes;
            }
            return bytes;
        }
    }
}
