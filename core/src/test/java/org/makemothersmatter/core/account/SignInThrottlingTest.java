package org.makemothersmatter.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * Password guessing slowed down without locking anyone out: growing delays per address that the right password passes
 * once waited, limits per client told apart behind a trusted proxy, no hash computed for what a limit refuses, and
 * public pages that keep answering through a flood of sign-ins.
 */
class SignInThrottlingTest {

    private static final String PASSWORD = "correct horse battery staple";
    /** Behind a proxy on this machine, as the README expects. */
    private static TestServer proxied;
    /** Reached directly: no proxy trusted. */
    private static TestServer direct;

    @BeforeAll
    static void start() {
        proxied = TestServer.trusting("127.0.0.0/8, ::1/128", TestSites.module());
        direct = TestServer.start(TestSites.module());
        for (TestServer server : List.of(proxied, direct)) {
            server.instance(Accounts.class).create("owner@example.org", "Olga", Role.NETWORK_ADMIN, Set.of(),
                    PASSWORD);
        }
    }

    @AfterAll
    static void stop() {
        proxied.close();
        direct.close();
    }

    @Test
    void theOwnerSignsInWithTheRightPasswordOnceTheDelayAnAttackerCausedHasPassed() {
        Browser attacker = direct.browser();
        int failures = Accounts.FREE_FAILURES + 5;
        for (int i = 0; i < failures; i++) {
            assertThat(attacker.signIn("owner@example.org", "guess number " + i).status()).isEqualTo(401);
            // The delay after this failure has passed.
            shiftFailures(direct, Accounts.MAX_DELAY.toSeconds());
        }
        assertThat(attacker.signIn("owner@example.org", "one guess more").status()).isEqualTo(401);

        long computed = direct.instance(Passwords.class).computed();
        Browser owner = direct.browser();
        TestServer.Page tooSoon = owner.signIn("owner@example.org", PASSWORD);
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.body()).contains("so the password was not checked. Try again in");
        assertThat(Long.parseLong(tooSoon.header("Retry-After"))).isBetween(1L, Accounts.MAX_DELAY.toSeconds());
        assertThat(attacker.signIn("owner@example.org", "a guess too soon").status()).isEqualTo(429);
        assertThat(direct.instance(Passwords.class).computed()).as("no hash for an attempt too soon")
                .isEqualTo(computed);

        shiftFailures(direct, Accounts.MAX_DELAY.toSeconds());
        assertThat(owner.signIn("owner@example.org", PASSWORD).status()).isEqualTo(303);
        assertThat(owner.get("/admin").status()).isEqualTo(200);
        assertThat(attacker.signIn("owner@example.org", "guess after the owner").status())
                .as("the owner's sign-in forgets the failures").isEqualTo(401);
    }

    @Test
    void theClientIsReadFromXForwardedForOnlyWhenATrustedProxySendsIt() {
        proxied.browser().forwardedFor("203.0.113.9, 198.51.100.7").signIn("nobody-1@example.org", "wrong");
        assertThat(lastFailureFrom(proxied, "nobody-1@example.org")).as("the right-most untrusted address")
                .isEqualTo("198.51.100.7");
        proxied.browser().forwardedFor("198.51.100.8, 127.0.0.1").signIn("nobody-2@example.org", "wrong");
        assertThat(lastFailureFrom(proxied, "nobody-2@example.org")).as("trusted proxies along the chain are passed")
                .isEqualTo("198.51.100.8");
        proxied.browser().forwardedFor("not an address, 198.51.100.9").signIn("nobody-3@example.org", "wrong");
        assertThat(lastFailureFrom(proxied, "nobody-3@example.org")).isEqualTo("198.51.100.9");

        direct.browser().forwardedFor("198.51.100.7").signIn("nobody-4@example.org", "wrong");
        assertThat(lastFailureFrom(direct, "nobody-4@example.org")).as("anyone may claim anything: the peer counts")
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void aClientThatTriesTooManySignInsIsRefusedBeforeAnyCheckWhileOthersSignIn() {
        Browser guesser = proxied.browser().forwardedFor("192.0.2.50");
        TestServer.Page page = null;
        for (int i = 0; i < 100 && (page == null || page.status() != 429); i++) {
            // A new address each time: the delays per address do not step in, only the limit of the client.
            page = guesser.signIn("someone-" + i + "@example.org", "wrong");
        }
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.header("Retry-After")).matches("[1-9][0-9]*");
        assertThat(page.body()).contains("Too many requests");

        long computed = proxied.instance(Passwords.class).computed();
        long recorded = proxied.instance(AuditLog.class).count();
        assertThat(guesser.signIn("owner@example.org", PASSWORD).status()).isEqualTo(429);
        assertThat(guesser.signIn("someone-else@example.org", "wrong").status()).isEqualTo(429);
        assertThat(proxied.instance(Passwords.class).computed()).as("no hash computed").isEqualTo(computed);
        assertThat(proxied.instance(AuditLog.class).count()).as("nothing stored").isEqualTo(recorded);

        Browser owner = proxied.browser().forwardedFor("192.0.2.51");
        assertThat(owner.signIn("owner@example.org", PASSWORD).status()).as("another client behind the same proxy")
                .isEqualTo(303);
    }

    @Test
    void theAddressesOfOneIpv6SubscriberShareTheirLimit() {
        TestServer.Page page = null;
        for (int i = 0; i < 100 && (page == null || page.status() != 429); i++) {
            // Each attempt from another address of the same /64, as one subscriber may send them.
            page = proxied.browser().forwardedFor("2001:db8:0:7::" + Integer.toHexString(i + 1))
                    .signIn("v6-" + i + "@example.org", "wrong");
        }
        assertThat(page.status()).isEqualTo(429);
        assertThat(proxied.browser().forwardedFor("2001:db8:0:7::ffff").signIn("v6@example.org", "wrong").status())
                .isEqualTo(429);
        assertThat(proxied.browser().forwardedFor("2001:db8:0:8::1").signIn("v6@example.org", "wrong").status())
                .as("another subscriber").isEqualTo(401);
    }

    @Test
    void publicPagesKeepAnsweringThroughAFloodOfSignIns() throws Exception {
        ExecutorService flood = Executors.newFixedThreadPool(32);
        AtomicBoolean flooding = new AtomicBoolean(true);
        try {
            List<Future<List<Integer>>> attackers = new ArrayList<>();
            for (int client = 0; client < 32; client++) {
                String address = "198.18.0." + (client + 1);
                attackers.add(flood.submit(() -> {
                    // Each attacker a client of its own and an address of its own: neither limit stops them early.
                    Browser attacker = proxied.browser().forwardedFor(address);
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; flooding.get() && i < 10; i++) {
                        TestServer.Page page = attacker.signIn("flood-" + address + "-" + i + "@example.org", "wrong");
                        if (page.status() == 503) {
                            // Refused ahead of the framework, yet a page like the others: its headers, a delay.
                            assertThat(page.header("Retry-After")).isEqualTo("5");
                            assertThat(page.header("Content-Security-Policy")).isNotNull();
                            assertThat(page.header("Content-Type")).isEqualTo("text/html;charset=utf-8");
                            assertThat(page.body()).contains("<html lang=\"en\"");
                        }
                        statuses.add(page.status());
                    }
                    return statuses;
                }));
            }
            for (int i = 0; i < 20; i++) {
                assertThat(proxied.get("/en/").status()).isEqualTo(200);
                assertThat(proxied.get("/testland/en/own").status()).isEqualTo(200);
            }
            flooding.set(false);
            for (Future<List<Integer>> attacker : attackers) {
                assertThat(attacker.get()).as("refused, or the server too busy to check").allMatch(
                        status -> status == 401 || status == 503);
            }
        } finally {
            flooding.set(false);
            flood.shutdown();
        }
    }

    /** Moves the recorded failed sign-ins back in time, as if that long had passed. */
    private static void shiftFailures(TestServer server, long seconds) {
        server.instance(Jdbi.class).useHandle(h -> h.createUpdate(
                "UPDATE sign_in_failure SET failed_at = DATEADD(SECOND, -:seconds, failed_at)")
                .bind("seconds", seconds).execute());
    }

    private static String lastFailureFrom(TestServer server, String email) {
        return server.instance(AuditLog.class).latest(50, 0).stream()
                .filter(e -> e.action().equals("sign-in-failed") && e.actor().equals(email))
                .findFirst().orElseThrow().ip();
    }
}
