package org.makemothersmatter.core.events;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings to this process the changes other server processes sharing the database commit: a thread of its own reads
 * the {@link ChangeLog} every {@link #PERIOD} from the newest row at start, and announces each other process's row
 * to the listeners here, so that their kept pages and search index follow within a second. This process's own
 * changes are announced as they commit (see {@link ContentEvents}), not again.
 *
 * <p>Rows are read by increasing id, but a transaction that took its id before another may commit after it: an id
 * skipped is watched for {@link #LATE} before it is given up (as a rolled-back row's id is never written).
 */
@Singleton
public final class ChangeFeed {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    static final Duration PERIOD = Duration.ofMillis(300);
    private static final Duration LATE = Duration.ofSeconds(60);
    /** Rows older than this are forgotten: a process that was away longer rebuilds what it keeps at its start. */
    static final Duration KEPT = Duration.ofDays(1);
    private static final Duration PRUNING = Duration.ofHours(1);
    private static final int BATCH = 500;
    /** A wider gap is not watched id by id (it would be a jump of the identity, not transactions under way). */
    private static final int MAX_GAP = 1000;

    private final ChangeLog log;
    /** Asked for when a change comes: its listeners (the search index) need this feed themselves. */
    private final Provider<ContentEvents> events;
    private final Clock clock;
    /** The newest id read, and the ids below it not read yet, with when they were first missed. */
    private long newest;
    private final TreeMap<Long, Instant> missing = new TreeMap<>();
    private ScheduledExecutorService timer;

    @Inject
    public ChangeFeed(ChangeLog log, Provider<ContentEvents> events, Clock clock) {
        this.log = log;
        this.events = events;
        this.clock = clock;
    }

    /** Starts reading after the newest row now written; returns its id. */
    public synchronized long start() {
        newest = log.newest();
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "change-feed");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> safely("reading the changes of other processes", this::poll),
                PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(() -> safely("forgetting old changes",
                () -> log.forgetBefore(clock.instant().minus(KEPT))), 0, PRUNING.toMillis(), TimeUnit.MILLISECONDS);
        return newest;
    }

    /** The newest row read: every change up to it has reached this process. */
    public synchronized long newest() {
        return missing.isEmpty() ? newest : missing.firstKey() - 1;
    }

    public void stop() {
        if (timer == null) {
            return;
        }
        timer.shutdown();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One round: the rows not read yet, each other process's announced here. */
    synchronized void poll() {
        Instant now = clock.instant();
        missing.values().removeIf(since -> since.plus(LATE).isBefore(now));
        long after = missing.isEmpty() ? newest : missing.firstKey() - 1;
        for (ChangeLog.Row row : log.after(after, BATCH)) {
            if (row.id() > newest) {
                if (row.id() - newest <= MAX_GAP) {
                    for (long skipped = newest + 1; skipped < row.id(); skipped++) {
                        missing.put(skipped, now);
                    }
                }
                newest = row.id();
            } else if (missing.remove(row.id()) == null) {
                continue; // read already
            }
            if (!row.process().equals(log.process())) {
                events.get().announce(row.change());
            }
        }
    }

    private static void safely(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // Tried again at the next round: the thread must not die.
            LOG.warn("Failed: {}: {}", what, e.toString());
        }
    }

}
