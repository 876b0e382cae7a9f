package org.makemothersmatter.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * What a hostile or broken client sends: forms in an encoding no one knows, uploads cut short, values longer than
 * anything kept, addresses of absurd length. Each is the client's error, answered with a clear 4xx page in the
 * site's language, never a failure of the server.
 */
class HostileRequestsTest {

    private static final String PASSWORD = "a long and secret password";
    private static final String FORM_NOT_READ = "The form sent could not be read, so nothing was changed.";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestSites.module());
        TestSites.createTeam(server.instance(Accounts.class), PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anAddressTooLongForAnyAccountIsAFailedSignInRecordedAndCounted() {
        String address = "x".repeat(300) + "@example.org";
        Browser browser = server.browser();
        // Fewer than the failures that cost no delay: each is checked and answered alike.
        for (int i = 0; i < 2; i++) {
            TestServer.Page refused = browser.signIn(address, PASSWORD);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body()).contains("The e-mail address or the password is wrong.");
        }
        assertThat(server.instance(AuditLog.class).latest(20, 0))
                .filteredOn(e -> e.action().equals("sign-in-failed") && address.startsWith(e.actor()))
                .hasSize(2);
        int counted = server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM sign_in_failure WHERE subject = :subject")
                .bind("subject", "email:" + address.substring(0, 254)).mapTo(Integer.class).one());
        assertThat(counted).as("counted towards the delays as any other address").isEqualTo(2);
    }

    @Test
    void aFormInAnEncodingThisServerDoesNotKnowIsABadRequestOnEveryForm() {
        for (String charset : List.of("unknown-8", "@@")) {
            Browser visitor = server.browser();
            visitor.get("/testland/en/own");
            long notes = notes();
            TestServer.Page publicForm = postIn(visitor, "/testland/en/own", charset,
                    "_csrf=" + visitor.csrf() + "&note=hello");
            assertThat(publicForm.status()).as(charset).isEqualTo(400);
            assertThat(publicForm.header("Content-Type")).isEqualTo("text/html;charset=utf-8");
            assertThat(publicForm.body()).contains("<h1>Form not understood</h1>", FORM_NOT_READ);
            assertThat(notes()).isEqualTo(notes);

            Browser stranger = server.browser();
            stranger.get("/admin/login");
            TestServer.Page signIn = postIn(stranger, "/admin/login", charset,
                    "_csrf=" + stranger.csrf() + "&email=admin%40example.org&password=x");
            assertThat(signIn.status()).as(charset).isEqualTo(400);
            assertThat(signIn.body()).contains(FORM_NOT_READ);

            Browser editor = server.signedIn("editor@testland.org", PASSWORD);
            editor.get("/admin/me");
            TestServer.Page backOffice = postIn(editor, "/admin/me", charset, "_csrf=" + editor.csrf() + "&name=Ed");
            assertThat(backOffice.status()).as(charset).isEqualTo(400);
            assertThat(backOffice.body()).contains(FORM_NOT_READ);
        }
    }

    @Test
    void anUploadCutShortIsABadRequest() {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        editor.get("/admin/media");
        String cut = "--cut\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + editor.csrf()
                + "\r\n--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n\u0089PNG";
        TestServer.Page page = editor.send("/admin/media", HttpRequest.newBuilder(server.uri("/admin/media"))
                .header("Content-Type", "multipart/form-data; boundary=cut")
                .POST(HttpRequest.BodyPublishers.ofString(cut)));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains(FORM_NOT_READ);
    }

    @Test
    void aValueLongerThanItsPlaceIsRefusedNotAFailureOfTheServer() {
        Browser visitor = server.browser();
        visitor.get("/testland/en/own");
        long notes = notes();
        TestServer.Page note = visitor.post("/testland/en/own", Map.of("note", "x".repeat(100_000)));
        assertThat(note.status()).isEqualTo(422);
        assertThat(note.body())
                .contains("A field of the form is longer than this site accepts, so nothing was changed.");
        assertThat(notes()).isEqualTo(notes);

        Browser admin = server.signedIn("admin@example.org", PASSWORD);
        admin.get("/admin/accounts");
        TestServer.Page account = admin.post("/admin/accounts", Map.of("email", "x".repeat(300) + "@example.org",
                "name", "Xavier", "role", "network-admin", "password", PASSWORD));
        assertThat(account.status()).isEqualTo(422);
        assertThat(account.body()).contains("A field of the form is longer than this site accepts");
    }

    /** Posts a form body said to be in this encoding. */
    private static TestServer.Page postIn(Browser browser, String path, String charset, String body) {
        return browser.send(path, HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=" + charset)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static long notes() {
        return server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM plugin_testland.testland_note").mapTo(Long.class).one());
    }
}
