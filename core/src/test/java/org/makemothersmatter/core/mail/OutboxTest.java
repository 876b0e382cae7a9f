package org.makemothersmatter.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.makemothersmatter.core.mail.Newsroom.PASSWORD;
import static org.makemothersmatter.core.mail.Newsroom.draft;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.Mailbox;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * The outbox keeps every mail until the mail server takes it: an editor's request never waits for the server nor
 * fails with it, a mail written while the server is down is sent once it is back, and without a mail server at all
 * the mails are kept and the site works as ever.
 */
class OutboxTest {

    @Test
    void aMailWrittenWhileTheMailServerIsDownIsSentOnceItIsBack() {
        try (Mailbox mailbox = new Mailbox();
             TestServer server = TestServer.startAt("http://mmm.example.org", mailbox.settings(), TestSites.module())) {
            TestSites.createTeam(server.instance(Accounts.class), PASSWORD);
            Browser editor = server.signedIn("editor@testland.org", PASSWORD);
            long id = draft(editor, "Written while the mail server is down");
            mailbox.stop();

            editor.get("/admin/articles/" + id + "?lang=fr");
            assertThat(editor.post("/admin/articles/" + id + "/request-translation/fr", Map.of()).status())
                    .as("the request does not wait for the mail server").isEqualTo(303);
            awaitFailedAttempt(server);

            mailbox.start();
            Mailbox.Mail mail = mailbox.awaitOne("translator@testland.org", "Written while the mail server is down");
            assertThat(mail.text()).contains("http://mmm.example.org/admin/articles/" + id + "?lang=fr");
            mailbox.awaitDelivery(server);
            assertThat(mailbox.received()).as("sent once").hasSize(1);
        }
    }

    @Test
    void withoutAMailServerTheMailsAreKeptAndTheSiteWorks() {
        try (TestServer server = TestServer.start(TestSites.module())) {
            TestSites.createTeam(server.instance(Accounts.class), PASSWORD);
            Browser editor = server.signedIn("editor@testland.org", PASSWORD);
            long id = draft(editor, "Kept for a mail server to come");
            editor.get("/admin/articles/" + id + "?lang=fr");
            assertThat(editor.post("/admin/articles/" + id + "/request-translation/fr", Map.of()).status())
                    .isEqualTo(303);
            assertThat(count(server, "SELECT COUNT(*) FROM mail_outbox WHERE recipient = 'translator@testland.org'"
                    + " AND sent_at IS NULL AND given_up_at IS NULL")).as("kept, not sent").isEqualTo(1);
            assertThat(editor.get("/admin/articles/" + id + "?lang=fr").status()).isEqualTo(200);
        }
    }

    /** Waits until the postman has tried the mail once and kept it for later. */
    private static void awaitFailedAttempt(TestServer server) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (count(server, "SELECT COUNT(*) FROM mail_outbox WHERE attempts > 0 AND last_error IS NOT NULL"
                + " AND sent_at IS NULL AND given_up_at IS NULL") == 0) {
            assertThat(Instant.now()).as("an attempt while the mail server is down").isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static long count(TestServer server, String query) {
        return server.instance(Jdbi.class).withHandle(h -> h.createQuery(query).mapTo(Long.class).one());
    }
}
