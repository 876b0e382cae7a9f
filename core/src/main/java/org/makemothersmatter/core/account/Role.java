package org.makemothersmatter.core.account;

import java.util.Arrays;
import java.util.Optional;

/** What an account may do. */
public enum Role {
    /** Every site, every action, and the accounts and the audit log. */
    NETWORK_ADMIN("network-admin"),
    /** Writes, publishes and removes the content of the sites it is given. */
    EDITOR("editor"),
    /** Writes translations on the sites it is given; cannot create, publish or remove anything. */
    TRANSLATOR("translator");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Role> find(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
