package org.makemothersmatter.core.account;

/** An account tried what its role or its sites do not allow. Nothing was changed. */
public final class AccessDenied extends RuntimeException {

    public AccessDenied(String message) {
        super(message);
    }
}
