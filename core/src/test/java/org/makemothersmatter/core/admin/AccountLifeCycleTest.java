package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlForm;
import org.makemothersmatter.core.testkit.HtmlValidator;
import org.makemothersmatter.core.testkit.Mailbox;
import org.makemothersmatter.core.testkit.SecondFactor;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * The life cycle of an account, over HTTP, with the mails a real mail server receives: an invitation whose link
 * works once and expires, a forgotten password that gives no hint, the administrator's changes that hold from the
 * account's next request, the last administrator kept, common passwords refused, and one's own password changed.
 */
class AccountLifeCycleTest {

    private static final String PUBLIC_URL = "http://mmm.example.org";
    private static final String PASSWORD = "a long and secret password";
    private static final String ADMIN = "admin@example.org";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "(/admin/password/[A-Za-z0-9_-]+)");
    private static Mailbox mailbox;
    private static TestServer server;
    private static Accounts accounts;
    private static Browser admin;

    @BeforeAll
    static void start() {
        mailbox = new Mailbox();
        server = TestServer.startAt(PUBLIC_URL, mailbox.settings(), TestSites.module());
        accounts = server.instance(Accounts.class);
        TestSites.createTeam(accounts, PASSWORD);
        admin = server.signedIn(ADMIN, PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
        mailbox.close();
    }

    @Test
    void anInvitationsLinkSetsThePasswordOnceAndSignsIn() {
        String email = unique("invited");
        TestServer.Page invited = HtmlForm.submit(admin, "/admin/accounts", "invite-form",
                Map.of("email", email, "name", "Ines", "role", "editor", "sites", "testland"));
        assertThat(invited.status()).isEqualTo(303);
        assertThat(admin.get(invited.header("Location")).body()).contains("Account " + email + " added")
                .contains("invited, no password yet");
        Mailbox.Mail mail = mailbox.awaitOne(email, "Your account");
        assertThat(mail.text()).contains("Hello Ines,", "Ada invites you", "within 72 hours");
        assertThat(server.browser().signIn(email, "").status()).as("no password yet").isEqualTo(401);

        Browser ines = server.browser();
        String link = link(mail);
        assertThat(ines.get(link).body()).contains("For the account " + email + ".");
        TestServer.Page common = ines.post(link, Map.of("password", "password1234", "repeat", "password1234"));
        assertThat(common.status()).isEqualTo(422);
        assertThat(common.body()).contains("This password is one of the most common ones");
        TestServer.Page differ = ines.post(link, Map.of("password", "my own new secret", "repeat", "my own new secreT"));
        assertThat(differ.status()).isEqualTo(422);
        assertThat(differ.body()).contains("The two passwords typed differ.");
        TestServer.Page chosen = ines.post(link, Map.of("password", "my own new secret", "repeat", "my own new secret"));
        assertThat(chosen.status()).isEqualTo(303);
        assertThat(ines.get(chosen.header("Location")).body()).contains("Your password is saved: you are signed in.");

        TestServer.Page again = server.browser().get(link);
        assertThat(again.status()).as("a link works once").isEqualTo(410);
        assertThat(again.body()).contains("This link has expired or has already been used.", "/admin/forgot");
        Browser late = server.browser();
        late.get("/admin/forgot");
        assertThat(late.post(link, Map.of("password", "another new secret", "repeat", "another new secret"))
                .status()).isEqualTo(410);
        assertThat(server.browser().signIn(email, "my own new secret").status()).isEqualTo(303);
        assertThat(audit()).anyMatch(e -> e.action().equals("account.invite") && e.target().equals(email)
                        && e.ip() != null)
                .anyMatch(e -> e.action().equals("account.password-link") && e.actor().equals(email) && e.ip() != null);
    }

    @Test
    void anExpiredInvitationNoLongerWorks() {
        String email = unique("late");
        HtmlForm.submit(admin, "/admin/accounts", "invite-form",
                Map.of("email", email, "name", "Lee", "role", "translator", "sites", "testland"));
        String link = link(mailbox.awaitOne(email, "Your account"));
        long id = id(email);
        server.instance(Jdbi.class).useHandle(h -> h.createUpdate(
                "UPDATE password_link SET expires_at = created_at WHERE account_id = :id").bind("id", id).execute());
        assertThat(server.browser().get(link).status()).isEqualTo(410);
        Browser lee = server.browser();
        lee.get("/admin/login");
        assertThat(lee.post(link, Map.of("password", "my own new secret", "repeat", "my own new secret")).status())
                .isEqualTo(410);
        assertThat(accounts.forgetExpired()).as("the expired link forgotten").isPositive();
        assertThat(server.browser().get(link).status()).isEqualTo(410);
    }

    @Test
    void aForgottenPasswordGetsALinkAndTheAnswerGivesNoHint() {
        String email = unique("forgetful");
        accounts.create(email, "Fay", Role.EDITOR, Set.of("testland"), PASSWORD);
        Browser fay = server.browser();
        assertThat(fay.get("/admin/login").body()).contains("href=\"/admin/forgot\"", "Forgot your password?");
        fay.get("/admin/forgot");
        TestServer.Page known = fay.post("/admin/forgot", Map.of("email", email));
        Browser stranger = server.browser();
        stranger.get("/admin/forgot");
        TestServer.Page unknown = stranger.post("/admin/forgot", Map.of("email", unique("nobody")));
        assertThat(known.status()).isEqualTo(200).isEqualTo(unknown.status());
        assertThat(known.body()).isEqualTo(unknown.body()).contains("If an active account has this address");

        Mailbox.Mail mail = mailbox.awaitOne(email, "new password");
        assertThat(mail.text()).contains("Hello Fay,", "within 1 hour");
        String link = link(mail);
        fay.get(link);
        assertThat(fay.post(link, Map.of("password", "a brand new secret", "repeat", "a brand new secret")).status())
                .isEqualTo(303);
        assertThat(server.browser().signIn(email, PASSWORD).status()).as("the old password").isEqualTo(401);
        assertThat(server.browser().signIn(email, "a brand new secret").status()).isEqualTo(303);
        assertThat(audit()).anyMatch(e -> e.action().equals("account.reset-request") && e.actor().equals(email));
    }

    @Test
    void aLinkMailedIsNoSecondFactor() {
        String email = unique("careful");
        accounts.create(email, "Cal", Role.EDITOR, Set.of("testland"), PASSWORD);
        Browser cal = server.signedIn(email, PASSWORD);
        String secret = SecondFactor.secretIn(cal.get(SecondFactor.SETUP).body());
        assertThat(cal.post(SecondFactor.SETUP, Map.of("code", SecondFactor.code(secret))).status()).isEqualTo(200);
        Browser someone = server.browser();
        someone.get("/admin/forgot");
        someone.post("/admin/forgot", Map.of("email", email));
        String link = link(mailbox.awaitOne(email, "new password"));
        someone.get(link);
        TestServer.Page chosen = someone.post(link, Map.of("password", "a brand new secret", "repeat",
                "a brand new secret"));
        assertThat(chosen.header("Location")).as("to sign in, with a code").isEqualTo("/admin/login");
        assertThat(someone.get("/admin").status()).as("not signed in").isEqualTo(303);
        assertThat(server.browser().signIn(email, "a brand new secret").header("Location")).isEqualTo("/admin");
    }

    @Test
    void aDisabledAccountIsOutAtItsNextRequestAndCannotComeBack() {
        String email = unique("leaving");
        accounts.create(email, "Lou", Role.EDITOR, Set.of("testland"), PASSWORD);
        Browser lou = server.signedIn(email, PASSWORD);
        assertThat(lou.get("/admin").status()).isEqualTo(200);
        String page = "/admin/accounts/" + id(email);
        assertThat(admin.get("/admin/accounts").body()).contains("href=\"" + page + "\"");
        assertThat(admin.get(page).body()).contains("This account is active.");
        TestServer.Page disabled = HtmlForm.submit(admin, page, "active-form", Map.of());
        assertThat(disabled.status()).isEqualTo(303);
        assertThat(admin.get(disabled.header("Location")).body()).contains("Account " + email + " disabled",
                "This account is disabled");

        assertThat(lou.get("/admin").status()).as("its open session").isEqualTo(303);
        TestServer.Page refused = server.browser().signIn(email, PASSWORD);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).contains("The e-mail address or the password is wrong.");
        Browser asking = server.browser();
        asking.get("/admin/forgot");
        assertThat(asking.post("/admin/forgot", Map.of("email", email)).body())
                .contains("If an active account has this address");
        mailbox.awaitDelivery(server);
        assertThat(mailbox.to(email, "")).as("no link for a disabled account").isEmpty();

        assertThat(HtmlForm.submit(admin, page, "active-form", Map.of()).status()).isEqualTo(303);
        assertThat(server.browser().signIn(email, PASSWORD).status()).as("enabled again").isEqualTo(303);
        assertThat(audit()).anyMatch(e -> e.action().equals("account.disable") && e.target().equals(email)
                && e.actor().equals(ADMIN) && e.ip() != null);
    }

    @Test
    void theAdministratorChangesAnAccountAndEndsItsSessions() {
        String email = unique("moving");
        accounts.create(email, "Mo", Role.EDITOR, Set.of("testland"), PASSWORD);
        Browser mo = server.signedIn(email, PASSWORD);
        String page = "/admin/accounts/" + id(email);
        admin.get(page);
        TestServer.Page noSite = admin.post(page, Map.of("name", "Mo", "role", "editor"));
        assertThat(noSite.status()).isEqualTo(422);
        assertThat(noSite.body()).contains("An editor or a translator needs at least one site.");
        TestServer.Page saved = admin.postFields(page, List.of(Map.entry("_csrf", admin.csrf()),
                Map.entry("name", "Morgan"), Map.entry("role", "translator"), Map.entry("sites", "testland"),
                Map.entry("sites", "otherland")));
        assertThat(saved.status()).isEqualTo(303);
        Account changed = accounts.find(id(email)).orElseThrow();
        assertThat(changed.name()).isEqualTo("Morgan");
        assertThat(changed.role()).isEqualTo(Role.TRANSLATOR);
        assertThat(changed.sites()).containsExactlyInAnyOrder("testland", "otherland");
        assertThat(mo.get("/admin/me").body()).as("at its next request").contains("Translator", "Morgan");

        assertThat(HtmlForm.submit(admin, page, "sessions-form", Map.of()).status()).isEqualTo(303);
        assertThat(mo.get("/admin").status()).isEqualTo(303);
        assertThat(audit()).anyMatch(e -> e.action().equals("account.update") && e.target().equals(email))
                .anyMatch(e -> e.action().equals("account.end-sessions") && e.target().equals(email));
    }

    @Test
    void theLastAdministratorWhoCanSignInIsNeitherDisabledNorDemoted() {
        long ada = id(ADMIN);
        // An administrator invited who has not chosen a password yet cannot sign in: Ada is still the last one.
        HtmlForm.submit(admin, "/admin/accounts", "invite-form",
                Map.of("email", unique("pending"), "name", "Pat", "role", "network-admin"));
        TestServer.Page disabled = HtmlForm.submit(admin, "/admin/accounts/" + ada, "active-form", Map.of());
        assertThat(disabled.status()).isEqualTo(422);
        assertThat(disabled.body()).contains(ADMIN + " is the last active network administrator");
        TestServer.Page demoted = HtmlForm.submit(admin, "/admin/accounts/" + ada, "account-form",
                Map.of("role", "editor", "sites", "testland"));
        assertThat(demoted.status()).isEqualTo(422);
        assertThat(demoted.body()).contains(ADMIN + " is the last active network administrator");
        assertThat(accounts.find(ada).orElseThrow().role()).isEqualTo(Role.NETWORK_ADMIN);
        assertThat(admin.get("/admin/accounts").status()).isEqualTo(200);

        String second = unique("second");
        accounts.create(second, "Sam", Role.NETWORK_ADMIN, Set.of(), PASSWORD);
        assertThat(HtmlForm.submit(admin, "/admin/accounts/" + id(second), "active-form", Map.of()).status())
                .as("with Ada left, another administrator is disabled").isEqualTo(303);
        assertThat(accounts.find(id(second)).orElseThrow().active()).isFalse();
    }

    @Test
    void changingOnesOwnPasswordAsksTheCurrentOneAndEndsTheOtherSessions() {
        String email = unique("careful");
        accounts.create(email, "Cy", Role.TRANSLATOR, Set.of("testland"), PASSWORD);
        Browser here = server.signedIn(email, PASSWORD);
        Browser elsewhere = server.signedIn(email, PASSWORD);
        TestServer.Page wrong = HtmlForm.submit(here, "/admin/me", "password-form",
                Map.of("current", "not my password", "password", "my better secret", "repeat", "my better secret"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("The current password is wrong.");
        TestServer.Page common = HtmlForm.submit(here, "/admin/me", "password-form",
                Map.of("current", PASSWORD, "password", "Qwerty123456", "repeat", "Qwerty123456"));
        assertThat(common.status()).isEqualTo(422);
        assertThat(common.body()).contains("This password is one of the most common ones");
        TestServer.Page changed = HtmlForm.submit(here, "/admin/me", "password-form",
                Map.of("current", PASSWORD, "password", "my better secret", "repeat", "my better secret"));
        assertThat(changed.status()).isEqualTo(303);
        assertThat(here.get(changed.header("Location")).body()).contains("Your password is changed");
        assertThat(elsewhere.get("/admin").status()).as("the other session").isEqualTo(303);
        assertThat(server.browser().signIn(email, PASSWORD).status()).isEqualTo(401);
        assertThat(server.browser().signIn(email, "my better secret").status()).isEqualTo(303);
        assertThat(audit()).anyMatch(e -> e.action().equals("account.password") && e.actor().equals(email));
    }

    @Test
    void badRequestsAreRefusedNeverAnErrorOfTheServer() {
        assertThat(admin.get("/admin/accounts/nothing").status()).isEqualTo(404);
        assertThat(admin.get("/admin/accounts/999999").status()).isEqualTo(404);
        admin.get("/admin/accounts");
        assertThat(admin.post("/admin/accounts/999999/active", Map.of("active", "no")).status()).isEqualTo(404);
        assertThat(admin.postRaw("/admin/accounts/" + id(ADMIN) + "/sessions", Map.of()).status()).isEqualTo(403);
        assertThat(admin.post("/admin/accounts", Map.of("email", "not an address", "name", "X", "role", "editor",
                "sites", "testland")).status()).isEqualTo(422);
        Browser visitor = server.browser();
        assertThat(visitor.get("/admin/password/forged").status()).isEqualTo(410);
        assertThat(visitor.post("/admin/password/forged", Map.of("password", "x")).status()).isEqualTo(403);
        visitor.get("/admin/forgot");
        assertThat(visitor.post("/admin/password/forged", Map.of("password", "x")).status()).isEqualTo(410);
        assertThat(visitor.post("/admin/forgot", Map.of()).status()).isEqualTo(200);
        assertThat(visitor.postRaw("/admin/forgot", Map.of("email", ADMIN)).status()).isEqualTo(403);
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        assertThat(editor.get("/admin/accounts/" + id(ADMIN)).status()).isEqualTo(403);
    }

    @Test
    void theScreensOfTheLifeCycleAreValidHtml() throws Exception {
        String email = unique("valid");
        HtmlForm.submit(admin, "/admin/accounts", "invite-form",
                Map.of("email", email, "name", "Val", "role", "editor", "sites", "testland"));
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("accounts", admin.get("/admin/accounts").body());
        pages.put("account", admin.get("/admin/accounts/" + id(email)).body());
        pages.put("me", admin.get("/admin/me").body());
        Browser visitor = server.browser();
        pages.put("forgot", visitor.get("/admin/forgot").body());
        pages.put("sent", visitor.post("/admin/forgot", Map.of("email", email)).body());
        pages.put("password", visitor.get(link(mailbox.awaitOne(email, "Your account"))).body());
        pages.put("expired", visitor.get("/admin/password/forged").body());
        assertThat(HtmlValidator.errors(pages)).isEmpty();
    }

    private static String link(Mailbox.Mail mail) {
        Matcher link = LINK.matcher(mail.text());
        assertThat(link.find()).as("a link in %s", mail.text()).isTrue();
        return link.group(1);
    }

    private static long id(String email) {
        return accounts.all().stream().filter(a -> a.email().equals(email)).findFirst().orElseThrow().id();
    }

    private static List<AuditLog.Event> audit() {
        return server.instance(AuditLog.class).latest(500, 0);
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
