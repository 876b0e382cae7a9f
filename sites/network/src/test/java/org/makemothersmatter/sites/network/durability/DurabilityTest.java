package org.makemothersmatter.sites.network.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.content.Slugs;
import org.makemothersmatter.core.web.WebServer;

/**
 * Nothing the site acknowledged is ever lost: not when its process is killed (kill -9) right after a burst of
 * changes, nor after a restart and a quiet while; and a stop (SIGTERM) under load answers every request it takes,
 * then ends by itself. The site runs as in production, a process of its own over an H2 file; what it keeps is
 * read from that file once it is stopped.
 */
class DurabilityTest {

    /** Room beyond the stop's own bounded wait for the JVM to end, on a busy machine. */
    private static final Duration EXIT = WebServer.STOP_TIMEOUT.plusSeconds(20);
    private static final Duration THREADS_END = Duration.ofSeconds(30);
    /** Before the kill or the stop, the clients' work must be well under way, however busy the machine. */
    private static final int WARM_UP_CHANGES = 20;
    private static final Duration WARM_UP = Duration.ofSeconds(60);

    @RegisterExtension
    final SiteProcesses sites = new SiteProcesses();
    @TempDir
    Path folder;

    @Test
    void aKillRightAfterABurstOfChangesLosesNoneOfThoseAcknowledged() throws Exception {
        SiteProcess site = sites.start(folder);
        Tally tally = new Tally();
        Load writers = new Load(4, writer -> {
            Newsroom newsroom = new Newsroom(site, tally);
            for (int round = 1; ; round++) {
                createPublishAndRevise(newsroom, "Burst " + writer + "." + round);
            }
        });
        writers.awaitUntil(() -> tally.acknowledged().size() >= WARM_UP_CHANGES, WARM_UP);
        SiteProcess.pause(Duration.ofSeconds(3));
        writers.ending();
        site.kill();
        writers.await(THREADS_END);

        SiteProcess restarted = sites.start(folder);
        long next = new Newsroom(restarted, new Tally()).create("Written after the restart");
        stop(restarted);

        Collection<Tally.Change> acknowledged = tally.acknowledged();
        List<Long> created = acknowledged.stream().filter(c -> c.action().equals("article.create"))
                .map(Tally.Change::article).toList();
        assertThat(created).as("articles created").isNotEmpty().doesNotHaveDuplicates().allMatch(id -> id < next);
        Stored stored = Stored.read(folder);
        assertThat(stored.missing(acknowledged)).as("acknowledged changes lost").isEmpty();
        assertThat(stored.createdTwice()).as("ids handed out twice").isEmpty();
        System.out.printf("Killed after a burst: %s; all kept%n", tally);
    }

    @Test
    void aKillAfterARestartAndAQuietWhileLosesNothing() {
        Tally tally = new Tally();
        SiteProcess first = sites.start(folder);
        Newsroom before = new Newsroom(first, tally);
        for (int n = 1; n <= 3; n++) {
            createPublishAndRevise(before, "Before the restart " + n);
        }
        stop(first);

        SiteProcess second = sites.start(folder);
        Newsroom after = new Newsroom(second, tally);
        for (int n = 1; n <= 3; n++) {
            createPublishAndRevise(after, "After the restart " + n);
        }
        SiteProcess.pause(Duration.ofSeconds(3));
        second.kill();
        stop(sites.start(folder));

        assertThat(Stored.read(folder).missing(tally.acknowledged())).as("acknowledged changes lost").isEmpty();
        System.out.printf("Killed after a restart and a quiet while: %s; all kept%n", tally);
    }

    @Test
    void aStopUnderLoadAnswersEveryRequestItTakesThenEndsKeepingEverySave() throws Exception {
        SiteProcess site = sites.start(folder);
        Tally tally = new Tally();
        Load clients = new Load(6, client -> {
            Newsroom newsroom = new Newsroom(site, tally);
            String title = "Under load " + client;
            long id = newsroom.create(title);
            newsroom.publish(id);
            for (int round = 1; ; round++) {
                newsroom.visit(Newsroom.SITE.url(Newsroom.LANGUAGE, ""));
                newsroom.visit(Newsroom.SITE.url(Newsroom.LANGUAGE, "/news"));
                newsroom.visit(Newsroom.SITE.url(Newsroom.LANGUAGE, "/news/" + Slugs.of(title)));
                title = "Under load " + client + " revised " + round;
                newsroom.save(id, title);
            }
        });
        clients.awaitUntil(() -> tally.acknowledged().size() >= WARM_UP_CHANGES, WARM_UP);
        SiteProcess.pause(Duration.ofSeconds(2));
        clients.ending();
        long answeredBefore = tally.answeredCount();
        long stopping = System.nanoTime();
        site.terminate();
        int exit = site.awaitExit(EXIT);
        Duration toExit = Duration.ofNanos(System.nanoTime() - stopping);
        clients.await(THREADS_END);
        long answeredAfter = tally.answeredCount() - answeredBefore;

        assertThat(exit).as("exit code").isIn(0, 143);
        assertThat(tally.statuses()).as("answers by status").isNotEmpty()
                .allSatisfy((status, count) -> assertThat(status).isBetween(200, 399));
        assertThat(site.output()).doesNotContain("Database is already closed").doesNotContain(" ERROR ");
        stop(sites.start(folder));
        assertThat(Stored.read(folder).missing(tally.acknowledged())).as("acknowledged changes lost").isEmpty();
        System.out.printf("Stopped under load: %s; %d answers came after SIGTERM; ended in %d ms with %d; all kept%n",
                tally, answeredAfter, toExit.toMillis(), exit);
    }

    private static void createPublishAndRevise(Newsroom newsroom, String title) {
        long id = newsroom.create(title);
        newsroom.publish(id);
        newsroom.save(id, title + " revised");
    }

    /** SIGTERM: the site must end by itself, as a service manager stops it. */
    private static void stop(SiteProcess site) {
        site.terminate();
        assertThat(site.awaitExit(EXIT)).as("exit code").isIn(0, 143);
    }
}
