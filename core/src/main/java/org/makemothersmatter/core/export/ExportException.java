package org.makemothersmatter.core.export;

/** Why an export stopped, in words for the person who ran it. */
public final class ExportException extends RuntimeException {

    public ExportException(String message) {
        super(message);
    }
}
