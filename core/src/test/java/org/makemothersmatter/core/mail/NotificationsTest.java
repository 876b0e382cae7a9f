package org.makemothersmatter.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.makemothersmatter.core.mail.Newsroom.PASSWORD;
import static org.makemothersmatter.core.mail.Newsroom.choose;
import static org.makemothersmatter.core.mail.Newsroom.draft;
import static org.makemothersmatter.core.mail.Newsroom.published;
import static org.makemothersmatter.core.mail.Newsroom.send;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.editorial.Publisher;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.Mailbox;
import org.makemothersmatter.core.testkit.Matches;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * The notifications, sent by the real server to a real mail server: each reaches whom it concerns on the site it is
 * about, in their language, and no one else; refused ones and those not asked for are not sent. Testland's team is
 * TestSites', with more: a French-reading translator, one who refuses requests, a translator of Otherland, and an
 * editor and an administrator who asked for the answers to the sites' forms.
 */
class NotificationsTest {

    private static final String PUBLIC_URL = "http://mmm.example.org";
    private static Mailbox mailbox;
    private static TestServer server;
    private static Browser editor;

    @BeforeAll
    static void start() {
        mailbox = new Mailbox();
        server = TestServer.startAt(PUBLIC_URL, mailbox.settings(), TestSites.module());
        Accounts accounts = server.instance(Accounts.class);
        TestSites.createTeam(accounts, PASSWORD);
        accounts.create("traductrice@testland.org", "Thérèse", Role.TRANSLATOR, Set.of("testland"), PASSWORD);
        accounts.create("quiet@testland.org", "Quinn", Role.TRANSLATOR, Set.of("testland"), PASSWORD);
        accounts.create("translator@otherland.org", "Oli", Role.TRANSLATOR, Set.of("otherland"), PASSWORD);
        accounts.create("reader@testland.org", "Rose", Role.EDITOR, Set.of("testland"), PASSWORD);
        accounts.create("watcher@example.org", "Wes", Role.NETWORK_ADMIN, Set.of(), PASSWORD);
        choose(server, "traductrice@testland.org", Map.of("language", "fr"));
        choose(server, "quiet@testland.org", Map.of(), "translation-request");
        choose(server, "reader@testland.org", Map.of("language", "fr", "notify-form-answer", "yes"));
        choose(server, "watcher@example.org", Map.of("notify-form-answer", "yes"));
        choose(server, "editor@otherland.org", Map.of("notify-form-answer", "yes"));
        editor = server.signedIn("editor@testland.org", PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
        mailbox.close();
    }

    @Test
    void anEditorAsksTheSitesTranslatorsForATranslationEachInTheirLanguage() {
        String title = "Mothers and care work";
        long id = draft(editor, title);
        Element request = Jsoup.parse(editor.get("/admin/articles/" + id + "?lang=fr").body())
                .selectFirst("form[action=/admin/articles/" + id + "/request-translation/fr]");
        assertThat(request).as("offered for a language not written yet").isNotNull();
        assertThat(request.select("button").text()).isEqualTo("Request a translation");
        TestServer.Page asked = editor.post(request.attr("action"), Map.of());
        assertThat(asked.status()).isEqualTo(303);
        assertThat(asked.header("Location")).startsWith("/admin/articles/" + id + "?lang=fr&");
        mailbox.awaitDelivery(server);

        String link = PUBLIC_URL + "/admin/articles/" + id + "?lang=fr";
        Mailbox.Mail english = mailbox.awaitOne("translator@testland.org", title);
        assertThat(english.subject()).isEqualTo("Translation into French: " + title);
        assertThat(english.text()).startsWith("Hello Tia,").contains("Ed asks for a translation of the article \""
                + title + "\" of MMM Testland into French.", link, PUBLIC_URL + "/admin/me");
        assertThat(english.from()).isEqualTo("MMM network <noreply@example.org>");
        assertThat(english.contentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(english.header("Auto-Submitted")).isEqualTo("auto-generated");
        Mailbox.Mail french = mailbox.awaitOne("traductrice@testland.org", title);
        assertThat(french.subject()).isEqualTo("Traduction en français : " + title);
        assertThat(french.text()).startsWith("Bonjour Thérèse,").contains("Ed demande une traduction de l’article « "
                + title + " » de MMM Testland en français.", link);
        assertThat(recipients(title)).as("not the one who refuses them, nor another site's translator")
                .containsExactlyInAnyOrder("translator@testland.org", "traductrice@testland.org");
    }

    @Test
    void aTranslationIsAskedOfAPageToo() {
        editor.get("/admin/pages/new?site=testland");
        TestServer.Page created = editor.post("/admin/pages", Map.of("site", "testland", "language", "en",
                "title", "Our statutes", "body", "The statutes."));
        assertThat(created.status()).isEqualTo(303);
        long id = Long.parseLong(Matches.first(created.header("Location"), "/admin/pages/(\\d+)"));
        editor.get("/admin/pages/" + id + "?lang=fr");
        assertThat(editor.post("/admin/pages/" + id + "/request-translation/fr", Map.of()).status()).isEqualTo(303);
        assertThat(mailbox.awaitOne("translator@testland.org", "Our statutes").text())
                .contains("a translation of the page \"Our statutes\"", PUBLIC_URL + "/admin/pages/" + id + "?lang=fr");
    }

    @Test
    void onlyAnEditorAsksAndOnlyForALanguageNotWrittenYet() {
        long id = draft(editor, "Already in English");
        editor.get("/admin/articles/" + id + "?lang=en");
        TestServer.Page written = editor.post("/admin/articles/" + id + "/request-translation/en", Map.of());
        assertThat(written.status()).isEqualTo(422);
        assertThat(written.body()).contains("has a text in English already");

        Browser translator = server.signedIn("translator@testland.org", PASSWORD);
        String tab = translator.get("/admin/articles/" + id + "?lang=fr").body();
        assertThat(tab).doesNotContain("request-translation");
        assertThat(translator.post("/admin/articles/" + id + "/request-translation/fr", Map.of()).status())
                .isEqualTo(403);
        Browser otherland = server.signedIn("editor@otherland.org", PASSWORD);
        otherland.get("/admin/me");
        assertThat(otherland.post("/admin/articles/" + id + "/request-translation/fr", Map.of()).status())
                .isEqualTo(403);
        mailbox.awaitDelivery(server);
        assertThat(recipients("Already in English")).isEmpty();
    }

    @Test
    void aTranslationSubmittedForReviewReachesTheSitesEditors() {
        long id = published(editor, "Mothers in politics");
        Browser translator = server.signedIn("translator@testland.org", PASSWORD);
        assertThat(send(translator, id, "fr", Map.of("title", "Les mères en politique", "body", "Un texte."), "review")
                .status()).isEqualTo(303);
        mailbox.awaitDelivery(server);

        String link = PUBLIC_URL + "/admin/articles/" + id + "?lang=fr";
        Mailbox.Mail english = mailbox.awaitOne("editor@testland.org", "Les mères en politique");
        assertThat(english.subject()).isEqualTo("To review: Les mères en politique (French)");
        assertThat(english.text()).contains("Tia submitted the French text of the article \"Les mères en politique\" "
                + "of MMM Testland for review.", link);
        assertThat(mailbox.awaitOne("reader@testland.org", "Les mères en politique").subject())
                .isEqualTo("À relire : Les mères en politique (français)");
        assertThat(recipients("Les mères en politique")).as("neither another site's editor nor the translator")
                .containsExactlyInAnyOrder("editor@testland.org", "reader@testland.org");
    }

    @Test
    void whoeverScheduledAnArticleHearsWhenItGoesPublic() {
        String title = "The spring appeal";
        long id = draft(editor, title);
        assertThat(send(editor, id, "en", Map.of(), "schedule").status()).isEqualTo(303);
        server.instance(Jdbi.class).useHandle(h -> h.createUpdate("UPDATE article SET publish_at = :past WHERE id = :id")
                .bind("past", Instant.now().minusSeconds(60)).bind("id", id).execute());
        server.instance(Publisher.class).publishDue();
        mailbox.awaitDelivery(server);

        Mailbox.Mail mail = mailbox.awaitOne("editor@testland.org", title);
        assertThat(mail.subject()).isEqualTo("Published: " + title);
        String publicPage = PUBLIC_URL + "/testland/en/news/the-spring-appeal";
        assertThat(mail.text()).contains("The article \"" + title + "\" of MMM Testland, which you scheduled, is now "
                + "public:\n" + publicPage, PUBLIC_URL + "/admin/articles/" + id + "?lang=en");
        assertThat(server.get("/testland/en/news/the-spring-appeal").status()).isEqualTo(200);
        assertThat(recipients(title)).containsExactly("editor@testland.org");
    }

    @Test
    void aVisitorsAnswerReachesThoseWhoAskedForItOnThatSite() {
        String note = "Please call me about the spring workshop";
        Browser visitor = server.browser();
        visitor.get("/testland/en/own");
        assertThat(visitor.post("/testland/en/own", Map.of("note", note)).status()).isEqualTo(303);
        mailbox.awaitDelivery(server);

        Mailbox.Mail french = mailbox.awaitOne("reader@testland.org", note);
        assertThat(french.subject()).isEqualTo("Une nouvelle note sur Testland : " + note);
        assertThat(french.text()).startsWith("Bonjour Rose,").contains("Un visiteur a envoyé cette note :\n" + note,
                "Les réponses sont dans le back-office de MMM Testland :\n" + PUBLIC_URL + "/admin");
        assertThat(mailbox.awaitOne("watcher@example.org", note).subject())
                .as("a network administrator who asked, in English").isEqualTo("A new note on Testland: " + note);
        assertThat(recipients(note)).as("not those who did not ask, nor another site's editor")
                .containsExactlyInAnyOrder("reader@testland.org", "watcher@example.org");
    }

    @Test
    void whatWasTypedCannotAddAHeaderNorBecomeMarkup() {
        String title = "Line one\r\nBcc: intruder@example.org\r\n<b>bold</b>";
        editor.get("/admin/articles/new?site=testland");
        TestServer.Page created = editor.post("/admin/articles", Map.of("site", "testland", "section", "national",
                "language", "en", "title", title, "excerpt", "", "body", "Some text."));
        long id = Long.parseLong(Matches.first(created.header("Location"), "/admin/articles/(\\d+)"));
        editor.get("/admin/articles/" + id + "?lang=fr");
        assertThat(editor.post("/admin/articles/" + id + "/request-translation/fr", Map.of()).status()).isEqualTo(303);
        mailbox.awaitDelivery(server);

        Mailbox.Mail mail = mailbox.awaitOne("translator@testland.org", "Line one");
        assertThat(mail.subject()).isEqualTo("Translation into French: Line one Bcc: intruder@example.org <b>bold</b>");
        assertThat(mail.header("Bcc")).isNull();
        assertThat(mail.to()).containsExactly("translator@testland.org");
        assertThat(mail.contentType()).as("plain text, never read as markup").startsWith("text/plain");
        assertThat(mail.text()).contains("\"Line one Bcc: intruder@example.org <b>bold</b>\"");
        assertThat(mailbox.received()).noneMatch(m -> m.to().contains("intruder@example.org"));
    }

    /** Who got a mail about this, by subject. */
    private static List<String> recipients(String subject) {
        return mailbox.received().stream().filter(m -> m.subject().contains(subject)).flatMap(m -> m.to().stream())
                .toList();
    }
}
