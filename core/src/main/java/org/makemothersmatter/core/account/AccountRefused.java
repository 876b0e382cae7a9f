package org.makemothersmatter.core.account;

import java.util.List;

/**
 * Why an account cannot be made as asked: in English for the command line and the log, and by a reason that names
 * a string of the back office ({@code account.refused.<reason>}) with its arguments, for a form to say it in the
 * language of whoever filled it in.
 */
public final class AccountRefused extends IllegalArgumentException {

    private final String reason;
    private final transient List<Object> arguments;

    AccountRefused(String reason, String english, Object... arguments) {
        super(english);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    /** The key of the back office's string that says it: {@code account.refused.email}. */
    public String key() {
        return "account.refused." + reason;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
