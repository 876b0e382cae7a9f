package org.makemothersmatter.core.events;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.store.StoreModule;

/**
 * The one way a change reaches every copy of the content. A change is announced here once its transaction has
 * committed, so that no listener reads, and keeps, what the transaction had not yet written; it is written to the
 * {@link ChangeLog} in that transaction, so that the other server processes sharing the database learn of it too
 * (see {@link ChangeFeed}).
 */
public final class ContentEvents {

    private final Set<ContentListener> listeners;
    private final ChangeLog log;
    private final Jdbi background;

    @Inject
    public ContentEvents(Set<ContentListener> listeners, ChangeLog log, @Named(StoreModule.BACKGROUND) Jdbi background) {
        this.listeners = listeners;
        this.log = log;
        this.background = background;
    }

    /**
     * Logs {@code change} in the transaction of {@code handle} and announces it once that commits, never if it rolls
     * back; at once if the handle is in no transaction (its change is committed already).
     */
    public void afterCommit(Handle handle, ContentChanged change) {
        log.write(handle, change);
        if (handle.isInTransaction()) {
            handle.afterCommit(() -> announce(change));
        } else {
            announce(change);
        }
    }

    /** Logs and announces a change that is committed already (in a database no transaction of core's holds). */
    public void changed(ContentChanged change) {
        background.useHandle(handle -> log.write(handle, change));
        announce(change);
    }

    /** Tells the listeners of this process. */
    void announce(ContentChanged change) {
        listeners.forEach(listener -> listener.changed(change));
    }
}
