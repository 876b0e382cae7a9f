package org.makemothersmatter.core.editorial;

import org.makemothersmatter.core.model.Reason;

/**
 * Someone saved the same thing since it was opened: saving now would silently overwrite their work. Its reason
 * names the back office's string that tells the editor what happened.
 */
public final class Conflict extends RuntimeException {

    private final transient Reason reason;

    public Conflict(String key, Object... arguments) {
        this(Reason.of(key, arguments));
    }

    private Conflict(Reason reason) {
        super(reason.toString());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
