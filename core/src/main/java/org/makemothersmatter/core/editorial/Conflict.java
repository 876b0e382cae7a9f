package org.makemothersmatter.core.editorial;

/** Someone saved the same thing since it was opened: saving now would silently overwrite their work. */
public final class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
