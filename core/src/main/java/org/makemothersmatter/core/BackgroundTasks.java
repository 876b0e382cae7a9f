package org.makemothersmatter.core;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.Sessions;
import org.makemothersmatter.core.calendar.Calendar;
import org.makemothersmatter.core.editorial.Publisher;
import org.makemothersmatter.core.mail.Postman;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the server does on its own, on one background thread: publishing scheduled articles (every 20
 * seconds, so an article appears within 20 seconds of its time), moving the events of a day gone by to the past
 * (within a minute of midnight, UTC) and forgetting ended sessions; and, on a thread of
 * its own, as a mail server may be slow to answer, sending the notification mails of the outbox.
 */
public final class BackgroundTasks {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);
    /** How long a stop waits for a round under way: a round is a few queries. */
    private static final Duration ROUND_END = Duration.ofSeconds(5);

    private final Publisher publisher;
    private final Sessions sessions;
    private final Accounts accounts;
    private final Postman postman;
    private final Calendar calendar;
    private ScheduledExecutorService timer;

    @Inject
    public BackgroundTasks(Publisher publisher, Sessions sessions, Accounts accounts, Postman postman,
                           Calendar calendar) {
        this.publisher = publisher;
        this.sessions = sessions;
        this.accounts = accounts;
        this.postman = postman;
        this.calendar = calendar;
    }

    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "background-tasks");
            thread.setDaemon(true);
            return thread;
        });
        every(20, TimeUnit.SECONDS, "publishing scheduled articles", publisher::publishDue);
        every(1, TimeUnit.MINUTES, "moving the events of a day gone by to the past", calendar::turnDay);
        every(10, TimeUnit.MINUTES, "forgetting ended sessions", sessions::closeExpired);
        every(10, TimeUnit.MINUTES, "forgetting expired links and failures", accounts::forgetExpired);
        postman.start();
    }

    /**
     * No round starts any more; one under way may finish, briefly, as the database closes next. Interrupting it
     * is the last resort: a thread interrupted in H2's file I/O closes the file under the others.
     */
    public void stop() {
        if (timer == null) {
            return;
        }
        timer.shutdown();
        postman.stop();
        try {
            if (!timer.awaitTermination(ROUND_END.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("A background task still runs after {}: interrupted", ROUND_END);
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void every(long period, TimeUnit unit, String what, Runnable task) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // A failed round is logged and tried again at the next one: the thread must not die.
                LOG.error("Background task failed: {}", what, e);
            }
        }, 0, period, unit);
    }
}
