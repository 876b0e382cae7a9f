package org.makemothersmatter.core.store;

import jakarta.inject.Inject;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs work in one database transaction. The DAOs it calls on this thread, on-demand ones included, share
 * the transaction's handle, so that a change and its audit row are kept together or not at all.
 */
public final class Transactions {

    private final Jdbi jdbi;

    @Inject
    public Transactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void run(Runnable work) {
        jdbi.useTransaction(handle -> work.run());
    }
}
