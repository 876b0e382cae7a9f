package org.makemothersmatter.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.TestServer;

/** A client that sends a public form too often is refused with 429, and nothing of what it sent beyond is kept. */
class PublicFormLimitTest {

    private static final String FORM = "/testland/en/own";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestSites.module());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aBurstOfFormsIsRefusedBeyondTheLimitWithNothingStored() {
        Browser visitor = server.browser();
        visitor.get(FORM);
        long kept = 0;
        TestServer.Page sent = null;
        for (int i = 0; i < 200 && (sent == null || sent.status() != 429); i++) {
            sent = visitor.post(FORM, Map.of("note", "note " + i));
            if (sent.status() == 303) {
                kept++;
            }
        }
        assertThat(sent.status()).isEqualTo(429);
        assertThat(sent.header("Retry-After")).matches("[1-9][0-9]*");
        assertThat(sent.body()).contains("<h1>Too many requests</h1>");
        assertThat(kept).isPositive();
        for (int i = 0; i < 5; i++) {
            assertThat(visitor.post(FORM, Map.of("note", "one more")).status()).isEqualTo(429);
        }
        assertThat(server.instance(TestPlugins.NoteDao.class).count()).isEqualTo(kept);
        assertThat(visitor.get(FORM).status()).as("pages are not limited").isEqualTo(200);
    }
}
