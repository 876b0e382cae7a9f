package org.makemothersmatter.core.web.cache;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * The compressed variants of what the site serves as bytes it keeps: kept pages and shipped files. Brotli is smaller
 * than gzip for HTML and CSS and every current browser takes it; it comes from a native library, so a machine without
 * one serves gzip.
 */
public final class Compression {

    public static final String GZIP = "gzip";
    public static final String BR = "br";
    /** A middle quality: close to the best size at a small part of the best quality's time. */
    private static final Encoder.Parameters BROTLI = new Encoder.Parameters().setQuality(6);
    public static final boolean BROTLI_AVAILABLE = Brotli4jLoader.isAvailable();

    private Compression() {
    }

    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The Brotli variant; only where {@link #BROTLI_AVAILABLE}. */
    public static byte[] brotli(byte[] bytes) {
        try {
            return Encoder.compress(bytes, BROTLI);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The coding to answer with: Brotli if the browser takes it and this machine makes it, else gzip, else null. */
    public static String choose(String acceptEncoding) {
        if (BROTLI_AVAILABLE && accepts(acceptEncoding, BR)) {
            return BR;
        }
        return accepts(acceptEncoding, GZIP) ? GZIP : null;
    }

    /** Whether the browser takes {@code coding}: named in Accept-Encoding (or "*") without a quality of 0. */
    static boolean accepts(String acceptEncoding, String coding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String offered : acceptEncoding.split(",")) {
            String[] parts = offered.strip().split(";");
            String name = parts[0].strip();
            if (name.equalsIgnoreCase(coding) || name.equals("*")) {
                return parts.length == 1 || !parts[1].strip().matches("q=0(\\.0*)?");
            }
        }
        return false;
    }
}
