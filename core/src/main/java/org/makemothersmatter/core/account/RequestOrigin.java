package org.makemothersmatter.core.account;

import jakarta.inject.Singleton;

/**
 * The client address of the back-office request being served, for the audit log: the back office sets it around
 * each of its requests, so that a change recorded deep in an editorial or media rule, which has no request of its
 * own, still says where it came from. Nothing outside a request sets it (the publisher of scheduled articles, the
 * command line): their entries have no address.
 */
@Singleton
public final class RequestOrigin {

    private final ThreadLocal<String> address = new ThreadLocal<>();

    public void set(String clientAddress) {
        address.set(clientAddress);
    }

    public void clear() {
        address.remove();
    }

    /** The address of the request this thread serves; null outside a request. */
    String address() {
        return address.get();
    }
}
