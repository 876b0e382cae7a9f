package org.makemothersmatter.core.web.assets;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.makemothersmatter.core.web.cache.Compression;
import org.makemothersmatter.core.web.cache.EntityTags;

/**
 * A shipped file as it is served: its bytes, their compressed variants where those are smaller, and the address
 * that names these bytes: their fingerprint before the extension ({@code /assets/core/site.3f9a1c2b.css}), or, for a
 * library's file whose address carries the library's version ({@code /assets/webjars/easymde/2.18.0/...}), that
 * address as it is.
 */
final class Asset {

    /** Enough to tell the versions of one file apart; the address is not a checksum. */
    static final int FINGERPRINT_LENGTH = 8;

    final String address;
    final String fingerprint;
    /** Whether the plain address names these bytes for good, as a version in it does. */
    final boolean versioned;
    final String contentType;
    private final Variant identity;
    private final Variant gzip;
    private final Variant brotli;

    /** {@code path} is the file's address under {@code /assets/}, e.g. {@code core/site.css}. */
    Asset(String path, String contentType, boolean compressible, byte[] bytes, boolean versioned) {
        String hash = sha256(bytes);
        this.fingerprint = hash.substring(0, FINGERPRINT_LENGTH);
        this.versioned = versioned;
        int dot = path.lastIndexOf('.');
        this.address = versioned ? Assets.PREFIX + path
                : Assets.PREFIX + path.substring(0, dot) + "." + fingerprint + path.substring(dot);
        this.contentType = contentType;
        // The ETag names the bytes sent: each coding is a representation of its own.
        this.identity = new Variant(null, bytes, "\"" + hash.substring(0, 24) + "\"");
        this.gzip = compressible ? smaller(Compression.GZIP, Compression.gzip(bytes)) : null;
        this.brotli = compressible && Compression.BROTLI_AVAILABLE
                ? smaller(Compression.BR, Compression.brotli(bytes)) : null;
    }

    /** Whether a browser's Accept-Encoding changes what it gets. */
    boolean compressible() {
        return gzip != null || brotli != null;
    }

    /** The variant to send in the coding {@link Compression#choose} picked, or as it is if that is not smaller. */
    Variant in(String coding) {
        Variant variant = Compression.BR.equals(coding) ? brotli : Compression.GZIP.equals(coding) ? gzip : null;
        return variant != null ? variant : identity;
    }

    private Variant smaller(String coding, byte[] compressed) {
        return compressed.length < identity.bytes.length
                ? new Variant(coding, compressed, EntityTags.inCoding(identity.etag, coding)) : null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes in one coding (null: as they are), with their ETag. */
    record Variant(String coding, byte[] bytes, String etag) {
    }
}
