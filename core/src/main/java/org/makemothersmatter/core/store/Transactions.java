package org.makemothersmatter.core.store;

import jakarta.inject.Inject;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs work on one database handle. The DAOs it calls on this thread, on-demand ones included, share that
 * handle: in a transaction, so that a change and its audit row are kept together or not at all; or only
 * reading, so that a stream a DAO returns stays open until the work is done with it.
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

    public <X extends Exception> void reading(Work<X> work) throws X {
        jdbi.useHandle(handle -> work.run());
    }

    /** Work that reads, and may fail as its caller does. */
    @FunctionalInterface
    public interface Work<X extends Exception> {
        void run() throws X;
    }
}
