package org.makemothersmatter.core.media;

import java.util.Optional;

/**
 * The image formats an upload may be, told by the first bytes of its content: the file's name and the type
 * the browser declares are the uploader's to choose, so neither is trusted.
 */
enum ImageType {

    JPEG("JPEG", "image/jpeg", "jpeg"),
    PNG("PNG", "image/png", "png"),
    GIF("GIF", "image/gif", "gif"),
    WEBP("WebP", "image/webp", "webp");

    private final String label;
    private final String contentType;
    private final String imageIoFormat;

    ImageType(String label, String contentType, String imageIoFormat) {
        this.label = label;
        this.contentType = contentType;
        this.imageIoFormat = imageIoFormat;
    }

    String label() {
        return label;
    }

    String contentType() {
        return contentType;
    }

    /** The format name ImageIO knows its readers and writers by. */
    String imageIoFormat() {
        return imageIoFormat;
    }

    /** The type whose signature the content starts with. */
    static Optional<ImageType> of(byte[] content) {
        if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, 'G', 'I', 'F', '8') && (startsWith(content, 4, '7', 'a') || startsWith(content, 4, '9', 'a'))) {
            return Optional.of(GIF);
        }
        if (startsWith(content, 0, 'R', 'I', 'F', 'F') && startsWith(content, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, int... signature) {
        if (content.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[offset + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
