package org.makemothersmatter.core.model;

/**
 * A request understood but refused as asked (a title missing, an address taken, an image too large), with its
 * {@link Reason}: a form shows it again, saying why in the language of whoever filled it in.
 */
public class Refused extends IllegalArgumentException {

    private final transient Reason reason;

    public Refused(String key, Object... arguments) {
        this(Reason.of(key, arguments));
    }

    private Refused(Reason reason) {
        this(reason.toString(), reason);
    }

    /** A refusal whose message, for the log or the command line, is written out rather than named by its key. */
    protected Refused(String message, Reason reason) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
