package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.SecondFactor;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * Two-factor sign-in: set up with a first code of the key, asked for after the password, each code taken once,
 * recovery codes each once; network administrators reach nothing else before setting it up, and reset it for an
 * account whose phone is lost.
 */
class TwoFactorTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String SETUP = SecondFactor.SETUP;
    private static TestServer server;
    private static Accounts accounts;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestSites.module());
        accounts = server.instance(Accounts.class);
        accounts.create("admin@example.org", "Ada", Role.NETWORK_ADMIN, Set.of(), PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void settingUpTakesACurrentCodeAndSignInThenAsksForOneEachTakenOnce() {
        accounts.create("editor@example.org", "Ed", Role.EDITOR, Set.of("testland"), PASSWORD);
        Browser editor = server.signedIn("editor@example.org", PASSWORD);
        assertThat(editor.get("/admin").status()).as("optional for an editor").isEqualTo(200);
        String setup = editor.get(SETUP).body();
        assertThat(setup).contains("<img src=\"data:image/png;base64,");
        String secret = SecondFactor.secretIn(setup);
        String current = SecondFactor.code(secret);
        assertThat(editor.post(SETUP, Map.of("code", current.equals("000000") ? "111111" : "000000")).status())
                .as("a wrong code").isEqualTo(422);
        TestServer.Page on = editor.post(SETUP, Map.of("code", current));
        assertThat(on.status()).isEqualTo(200);
        assertThat(SecondFactor.recoveryCodesIn(on.body())).hasSize(10);

        Browser browser = askedForCode("editor@example.org");
        assertThat(browser.get("/admin").status()).as("no session before the code").isEqualTo(303);
        assertThat(browser.get("/admin/login/code").status()).isEqualTo(200);
        assertThat(browser.post("/admin/login/code", Map.of("code", "12345")).status()).isEqualTo(401);
        String code = SecondFactor.code(server, "editor@example.org");
        TestServer.Page signedIn = browser.post("/admin/login/code", Map.of("code", code, "next", "/admin/me"));
        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.header("Location")).isEqualTo("/admin/me");
        assertThat(browser.get("/admin").status()).isEqualTo(200);

        Browser replaying = askedForCode("editor@example.org");
        TestServer.Page replayed = replaying.post("/admin/login/code", Map.of("code", code));
        assertThat(replayed.status()).as("a code seen again").isEqualTo(401);
        assertThat(replayed.body()).contains("This code is wrong or has already been used.");
        assertThat(server.instance(AuditLog.class).latest(20, 0))
                .anyMatch(e -> e.action().equals("sign-in") && "second factor: totp".equals(e.detail()))
                .anyMatch(e -> e.action().equals("sign-in-failed") && "second factor".equals(e.detail()));
    }

    @Test
    void aRecoveryCodeSignsInOnceAndNewOnesReplaceTheOld() {
        accounts.create("traveller@example.org", "Tra", Role.TRANSLATOR, Set.of("testland"), PASSWORD);
        Browser traveller = server.signedIn("traveller@example.org", PASSWORD);
        List<String> codes = setUp(traveller);

        Browser first = askedForCode("traveller@example.org");
        assertThat(first.post("/admin/login/code", Map.of("code", codes.get(0).toUpperCase())).status())
                .isEqualTo(303);
        assertThat(first.get("/admin").status()).isEqualTo(200);
        assertThat(askedForCode("traveller@example.org").post("/admin/login/code", Map.of("code", codes.get(0)))
                .status()).as("used already").isEqualTo(401);

        first.get(SETUP);
        List<String> renewed = SecondFactor.recoveryCodesIn(first.post(SETUP + "/recovery-codes", Map.of()).body());
        assertThat(renewed).hasSize(10).doesNotContainAnyElementsOf(codes);
        assertThat(askedForCode("traveller@example.org").post("/admin/login/code", Map.of("code", codes.get(1)))
                .status()).as("replaced").isEqualTo(401);
        assertThat(askedForCode("traveller@example.org").post("/admin/login/code", Map.of("code", renewed.get(1)))
                .status()).isEqualTo(303);
        assertThat(server.instance(AuditLog.class).latest(20, 0))
                .anyMatch(e -> e.action().equals("sign-in") && "second factor: recovery".equals(e.detail()));
    }

    @Test
    void wrongCodesCountAsFailedSignIns() {
        accounts.create("guessed@example.org", "Gus", Role.EDITOR, Set.of("testland"), PASSWORD);
        setUp(server.signedIn("guessed@example.org", PASSWORD));
        Browser guesser = askedForCode("guessed@example.org");
        TestServer.Page page;
        int tries = 0;
        do {
            page = guesser.post("/admin/login/code", Map.of("code", "wrong " + tries++));
        } while (page.status() == 401 && tries < 20);
        assertThat(page.status()).as("locked after a few").isEqualTo(429);
        guesser.get("/admin/login");
        assertThat(guesser.post("/admin/login", Map.of("email", "guessed@example.org", "password", PASSWORD))
                .status()).as("the address stays locked").isEqualTo(429);
    }

    @Test
    void anAdministratorWithoutItReachesNothingButItsSetup() {
        accounts.create("new-admin@example.org", "Nia", Role.NETWORK_ADMIN, Set.of(), PASSWORD);
        Browser admin = server.browser();
        admin.get("/admin/login");
        assertThat(admin.post("/admin/login", Map.of("email", "new-admin@example.org", "password", PASSWORD))
                .status()).isEqualTo(303);
        for (String path : List.of("/admin", "/admin/articles", "/admin/accounts", "/admin/audit", "/admin/me",
                "/admin/login")) {
            TestServer.Page page = admin.get(path);
            assertThat(page.status()).as(path).isEqualTo(303);
            assertThat(page.header("Location")).as(path).isIn(SETUP, "/admin");
        }
        String setup = admin.get(SETUP).body();
        assertThat(setup).contains("Network administrators also sign in with a code from their phone");
        assertThat(admin.post("/admin/me", Map.of("name", "Changed")).header("Location")).isEqualTo(SETUP);
        assertThat(admin.post(SETUP, Map.of("code", SecondFactor.code(SecondFactor.secretIn(setup)))).status())
                .isEqualTo(200);
        assertThat(admin.get("/admin/accounts").status()).isEqualTo(200);
        assertThat(admin.post("/admin/logout", Map.of()).header("Location")).isEqualTo("/admin/login");
    }

    @Test
    void anAdministratorResetsItForALostPhone() {
        long id = accounts.create("lost@example.org", "Lou", Role.EDITOR, Set.of("testland"), PASSWORD).id();
        setUp(server.signedIn("lost@example.org", PASSWORD));
        Browser admin = server.signedIn("admin@example.org", PASSWORD);
        assertThat(admin.get("/admin/accounts/" + id).body()).contains("Reset two-factor sign-in");
        TestServer.Page reset = admin.post("/admin/accounts/" + id + "/two-factor", Map.of());
        assertThat(reset.status()).isEqualTo(303);
        assertThat(admin.get(reset.header("Location")).body()).contains("The two-factor sign-in of lost@example.org is reset.");

        Browser lost = server.browser();
        lost.get("/admin/login");
        TestServer.Page signedIn = lost.post("/admin/login", Map.of("email", "lost@example.org", "password", PASSWORD));
        assertThat(signedIn.header("Location")).as("the password alone").isEqualTo("/admin");
        assertThat(server.instance(AuditLog.class).latest(20, 0))
                .anyMatch(e -> e.action().equals("account.two-factor-reset") && "lost@example.org".equals(e.target()));
        assertThat(admin.postRaw("/admin/accounts/" + id + "/two-factor", Map.of()).status()).as("no CSRF token")
                .isEqualTo(403);
    }

    /** Sets two-factor sign-in up in this signed-in browser; returns the recovery codes. */
    private static List<String> setUp(Browser browser) {
        String secret = SecondFactor.secretIn(browser.get(SETUP).body());
        TestServer.Page on = browser.post(SETUP, Map.of("code", SecondFactor.code(secret)));
        assertThat(on.status()).isEqualTo(200);
        return SecondFactor.recoveryCodesIn(on.body());
    }

    /** A new browser whose password was right, on the page that asks for the code. */
    private static Browser askedForCode(String email) {
        Browser browser = server.browser();
        browser.get("/admin/login");
        TestServer.Page page = browser.post("/admin/login", Map.of("email", email, "password", PASSWORD));
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.header("Location")).startsWith("/admin/login/code");
        browser.get(page.header("Location"));
        return browser;
    }
}
