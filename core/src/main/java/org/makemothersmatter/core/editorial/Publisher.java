package org.makemothersmatter.core.editorial;

import jakarta.inject.Inject;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentEvents;

/**
 * Publishes scheduled articles when their time comes. Every node may run it: publishing is one UPDATE
 * that only moves what is due, so running it twice changes nothing.
 */
public final class Publisher {

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final ContentEvents events;
    private final Clock clock;

    @Inject
    public Publisher(Jdbi jdbi, AuditLog audit, ContentEvents events, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Publishes every scheduled article whose time has come; returns how many. */
    public int publishDue() {
        return jdbi.inTransaction(handle -> {
            int published = handle.createUpdate("""
                    UPDATE article SET status = 'published', version = version + 1
                     WHERE status = 'scheduled' AND publish_at <= :now
                    """).bind("now", clock.instant()).execute();
            if (published > 0) {
                audit.record(null, "schedule", "article.publish-scheduled", null, null, published + " article(s)",
                        null);
                events.afterCommit(handle, ContentChanged.everywhere());
            }
            return published;
        });
    }
}
