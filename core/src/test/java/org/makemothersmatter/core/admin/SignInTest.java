package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.TestServer;

/** Signing in and out of the back office, sessions and CSRF; password guessing is SignInThrottlingTest's. */
class SignInTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestSites.module());
        Accounts accounts = server.instance(Accounts.class);
        assertThat(accounts.hasAdministrator()).as("no account exists before one is created").isFalse();
        accounts.create("admin@example.org", "Ada", Role.NETWORK_ADMIN, Set.of(), PASSWORD);
        accounts.create("editor@example.org", "Ed", Role.EDITOR, Set.of("testland"), PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theBackOfficeAsksToSignInFirst() {
        TestServer.Page page = server.get("/admin/articles");
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.header("Location")).isEqualTo("/admin/login?next=%2Fadmin%2Farticles");
    }

    @Test
    void signingInOpensAFreshHttpOnlySessionAndSigningOutEndsIt() {
        Browser browser = server.browser();
        TestServer.Page signedIn = browser.signIn("Admin@Example.org ", PASSWORD);
        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.header("Location")).isEqualTo("/admin");
        assertThat(signedIn.response().headers().allValues("Set-Cookie"))
                .anyMatch(c -> c.startsWith("mmm_session=") && c.contains("HttpOnly") && c.contains("SameSite=Strict")
                        && c.contains("Path=/admin"));
        String first = browser.cookie("mmm_session").orElseThrow().getValue();
        assertThat(browser.get("/admin").body()).contains("<h1>Dashboard</h1>", "Ada (Network administrator)");

        TestServer.Page out = browser.post("/admin/logout", Map.of());
        assertThat(out.status()).isEqualTo(303);
        assertThat(browser.get("/admin").status()).isEqualTo(303);
        TestServer.Page stolen = server.browser().send("/admin", java.net.http.HttpRequest.newBuilder(server.uri("/admin"))
                .header("Cookie", "mmm_session=" + first));
        assertThat(stolen.status()).as("a signed-out token is worthless").isEqualTo(303);

        browser.signIn("admin@example.org", PASSWORD);
        assertThat(browser.cookie("mmm_session").orElseThrow().getValue()).as("a new token at each sign-in")
                .isNotEqualTo(first);
    }

    @Test
    void aWrongPasswordIsRefusedAndRecorded() {
        TestServer.Page page = server.browser().signIn("editor@example.org", "not the password at all");
        assertThat(page.status()).isEqualTo(401);
        assertThat(page.body()).contains("The e-mail address or the password is wrong.")
                .contains("value=\"editor@example.org\"");
        assertThat(server.instance(AuditLog.class).latest(20, 0))
                .anyMatch(e -> e.action().equals("sign-in-failed") && e.actor().equals("editor@example.org"));
    }

    @Test
    void aFormWithoutTheTokenIsRefusedAndChangesNothing() {
        Browser browser = server.browser();
        browser.signIn("admin@example.org", PASSWORD);
        Map<String, String> account = Map.of("email", "intruder@example.org", "name", "Intruder", "role", "editor",
                "sites", "testland", "password", "a long enough password");
        assertThat(browser.postRaw("/admin/accounts", account).status()).isEqualTo(403);
        assertThat(browser.postRaw("/admin/accounts", Map.of("_csrf", "forged", "email", "intruder@example.org",
                "name", "Intruder", "role", "editor", "sites", "testland", "password", "a long enough password"))
                .status()).isEqualTo(403);
        assertThat(server.instance(Accounts.class).all()).noneMatch(a -> a.email().equals("intruder@example.org"));
        assertThat(server.browser().postRaw("/admin/login", Map.of("email", "admin@example.org", "password", PASSWORD))
                .status()).as("sign-in without its token").isEqualTo(403);
    }

    @Test
    void aSessionEndsAfterInactivity() {
        Browser browser = server.browser();
        browser.signIn("editor@example.org", PASSWORD);
        assertThat(browser.get("/admin").status()).isEqualTo(200);
        server.instance(Jdbi.class).useHandle(h -> h.execute(
                "UPDATE web_session SET last_seen_at = DATEADD(MINUTE, -31, CURRENT_TIMESTAMP)"
                        + " WHERE account_id = (SELECT id FROM account WHERE email = 'editor@example.org')"));
        assertThat(browser.get("/admin").status()).isEqualTo(303);
    }

    @Test
    void onlyAdministratorsSeeAccountsAndTheAuditLog() {
        Browser editor = server.browser();
        editor.signIn("editor@example.org", PASSWORD);
        for (String path : List.of("/admin/accounts", "/admin/audit")) {
            assertThat(editor.get(path).status()).as(path).isEqualTo(403);
        }
        Browser admin = server.browser();
        admin.signIn("admin@example.org", PASSWORD);
        TestServer.Page audit = admin.get("/admin/audit");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).contains("<td data-label=\"What\">signed in</td>",
                "<td data-label=\"Who\">admin@example.org</td>");
        assertThat(audit.header("Cache-Control")).isEqualTo("no-store");
        assertThat(audit.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void anAdministratorInvitesSomeoneWithoutChoosingTheirPassword() {
        Browser admin = server.browser();
        admin.signIn("admin@example.org", PASSWORD);
        assertThat(admin.get("/admin/accounts").body()).doesNotContain("type=\"password\"");
        TestServer.Page noSite = admin.post("/admin/accounts", Map.of("email", "new@example.org", "name", "New",
                "role", "translator"));
        assertThat(noSite.status()).isEqualTo(422);
        assertThat(noSite.body()).contains("An editor or a translator needs at least one site.");
        TestServer.Page added = admin.post("/admin/accounts", Map.of("email", "new@example.org", "name", "New",
                "role", "translator", "sites", "testland"));
        assertThat(added.status()).isEqualTo(303);
        assertThat(server.instance(Accounts.class).all())
                .anyMatch(a -> a.email().equals("new@example.org") && a.role() == Role.TRANSLATOR
                        && a.sites().equals(Set.of("testland")));
    }
}
