package org.makemothersmatter.core.content;

/** A content file that cannot be loaded. Its message names the file and what is wrong with it. */
public final class ContentException extends RuntimeException {

    public ContentException(String message) {
        super(message);
    }

    public ContentException(String message, Throwable cause) {
        super(message, cause);
    }
}
