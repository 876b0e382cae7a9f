package org.makemothersmatter.core.events;

import jakarta.inject.Inject;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The one way a change reaches every copy of the content. A change is announced once its transaction has
 * committed, so that no listener reads, and keeps, what the transaction had not yet written.
 */
public final class ContentEvents {

    private final Set<ContentListener> listeners;

    @Inject
    public ContentEvents(Set<ContentListener> listeners) {
        this.listeners = listeners;
    }

    /**
     * Announces {@code change} once the transaction of {@code handle} commits, never if it rolls back; at once
     * if the handle is in no transaction (its change is committed already).
     */
    public void afterCommit(Handle handle, ContentChanged change) {
        if (handle.isInTransaction()) {
            handle.afterCommit(() -> changed(change));
        } else {
            changed(change);
        }
    }

    /** Announces a change that is committed already. */
    public void changed(ContentChanged change) {
        listeners.forEach(listener -> listener.changed(change));
    }
}
