package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.editorial.Publisher;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlForm;
import org.makemothersmatter.core.testkit.Matches;
import org.makemothersmatter.core.testkit.TestServer;

/** National teams write and publish their news from the back office, and only their own. */
class ArticleEditingTest {

    private static final String PASSWORD = "a long and secret password";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestSites.module());
        Accounts accounts = server.instance(Accounts.class);
        TestSites.createTeam(accounts, PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theWholeLifeOfAnArticle() {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        long id = Articles.create(editor, "Mothers at work", "How mothers **reconcile** work and family.");
        assertThat(server.get("/testland/en/news/mothers-at-work").status()).as("a draft is not public").isEqualTo(404);

        TestServer.Page preview = editor.get("/admin/articles/" + id + "/preview/en");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("<h1>Mothers at work</h1>", "<strong>reconcile</strong>",
                "<meta name=\"robots\" content=\"noindex\">");

        Browser translator = server.signedIn("translator@testland.org", PASSWORD);
        TestServer.Page side = translator.get("/admin/articles/" + id + "?lang=fr");
        assertThat(side.body()).as("the original beside the translation").contains("id=\"beside\"", "Mothers at work");
        assertThat(translator.post("/admin/articles/" + id + "/text/fr", Map.of("version", "0",
                "title", "Les mères au travail", "slug", "", "excerpt", "", "body", "Comment les mères concilient."))
                .status()).isEqualTo(303);

        editor.get("/admin/articles/" + id);
        LocalDateTime tomorrow = LocalDateTime.now().plusDays(1).withNano(0).withSecond(0);
        assertThat(editor.post("/admin/articles/" + id + "/schedule", Map.of("version", version(editor, id),
                "at", tomorrow.toString())).status()).isEqualTo(303);
        assertThat(editor.get("/admin/articles/" + id).body()).contains("<span class=\"status\">scheduled</span>",
                "value=\"publish\"", "value=\"unpublish\"");
        assertThat(server.instance(Publisher.class).publishDue()).as("not due yet").isZero();
        assertThat(server.get("/testland/en/news/mothers-at-work").status()).isEqualTo(404);

        server.instance(Jdbi.class).useHandle(h -> h.createUpdate("UPDATE article SET publish_at = :past WHERE id = :id")
                .bind("past", Instant.now().minusSeconds(60)).bind("id", id).execute());
        assertThat(server.instance(Publisher.class).publishDue()).isEqualTo(1);
        assertThat(server.get("/testland/en/news/mothers-at-work").body()).contains("<h1>Mothers at work</h1>");
        assertThat(server.get("/testland/fr/news/les-meres-au-travail").body()).contains("<h1>Les mères au travail</h1>");
        assertThat(server.get("/testland/en/news").body()).contains("Mothers at work");

        editor.get("/admin/articles/" + id + "?lang=en");
        assertThat(editor.post("/admin/articles/" + id + "/text/en", Map.of("version", textVersion(editor),
                "title", "Mothers and work", "slug", "", "excerpt", "", "body", "A revised text.", "then", "publish"))
                .status()).isEqualTo(303);
        TestServer.Page moved = server.get("/testland/en/news/mothers-at-work");
        assertThat(moved.status()).as("the old address redirects").isEqualTo(301);
        assertThat(moved.header("Location")).isEqualTo("/testland/en/news/mothers-and-work");

        TestServer.Page revisions = editor.get("/admin/articles/" + id + "/revisions");
        assertThat(revisions.body()).as("the newest revision beside the one before it, by its author's name")
                .contains("Mothers <del>at</del> work", "Mothers <ins>and</ins> work", ">Ed<");
        String firstEnglish = Matches.last(revisions.body(), "action=\"(/admin/articles/" + id + "/revisions/\\d+/restore)\"");
        assertThat(editor.post(firstEnglish, Map.of()).status()).isEqualTo(303);
        assertThat(server.get("/testland/en/news/mothers-at-work").status()).as("a change waiting").isEqualTo(301);
        assertThat(HtmlForm.submit(editor, "/admin/articles/" + id + "?lang=en", "text-form", Map.of("then", "publish"))
                .status()).isEqualTo(303);
        assertThat(server.get("/testland/en/news/mothers-at-work").body()).as("restored")
                .contains("<h1>Mothers at work</h1>");

        assertThat(editor.get("/admin/articles/" + id).body()).as("published: it may go back to draft")
                .contains("value=\"unpublish\"", "Save and publish the change");
        assertThat(editor.post("/admin/articles/" + id + "/unpublish", Map.of("version", version(editor, id))).status())
                .isEqualTo(303);
        assertThat(editor.get("/admin/articles/" + id).body()).as("a draft: it may be published only")
                .contains("value=\"publish\"").doesNotContain("value=\"unpublish\"");
        assertThat(server.get("/testland/en/news/mothers-at-work").status()).isEqualTo(404);

        editor.get("/admin/articles/" + id);
        assertThat(editor.post("/admin/articles/" + id + "/trash", Map.of("version", version(editor, id))).status())
                .isEqualTo(303);
        assertThat(editor.get("/admin/articles").body()).doesNotContain(">Mothers at work<");
        assertThat(editor.get("/admin/articles?status=trashed").body()).contains(">Mothers at work<");
        editor.get("/admin/articles/" + id);
        assertThat(editor.post("/admin/articles/" + id + "/restore", Map.of("version", version(editor, id))).status())
                .isEqualTo(303);
        assertThat(editor.get("/admin/articles/" + id).body()).contains("<span class=\"status\">draft</span>");
    }

    @Test
    void theSecondOfTwoEditorsSavingTheSameTextIsToldAndLosesNothing() {
        Browser first = server.signedIn("editor@testland.org", PASSWORD);
        long id = Articles.create(first, "Shared work", "Version one.");
        Browser second = server.signedIn("admin@example.org", PASSWORD);
        first.get("/admin/articles/" + id + "?lang=en");
        String firstVersion = textVersion(first);
        second.get("/admin/articles/" + id + "?lang=en");
        String secondVersion = textVersion(second);

        assertThat(first.post("/admin/articles/" + id + "/text/en", Map.of("version", firstVersion, "title", "Shared work",
                "slug", "", "excerpt", "", "body", "The first editor's text.")).status()).isEqualTo(303);
        TestServer.Page conflict = second.post("/admin/articles/" + id + "/text/en", Map.of("version", secondVersion,
                "title", "Shared work", "slug", "", "excerpt", "", "body", "The second editor's text."));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("Someone else saved this text since you opened it.",
                "The second editor's text.</textarea>");
        assertThat(first.get("/admin/articles/" + id + "/preview/en").body()).contains("The first editor");
    }

    @Test
    void everyWriteIsRefusedToWhoeverMayNotMakeItAndChangesNothing() {
        Browser owner = server.signedIn("editor@testland.org", PASSWORD);
        long id = Articles.create(owner, "Our own news", "Only Testland writes here.");
        Browser stranger = server.signedIn("editor@otherland.org", PASSWORD);
        Browser translator = server.signedIn("translator@testland.org", PASSWORD);
        String before = snapshot(id);

        Map<String, Map<String, String>> writes = new LinkedHashMap<>();
        writes.put("/admin/articles/" + id + "/text/en", Map.of("version", "1", "title", "Taken over", "body", "x"));
        writes.put("/admin/articles/" + id + "/text/fr", Map.of("version", "0", "title", "Pris", "body", "x"));
        writes.put("/admin/articles/" + id + "/settings", Map.of("version", "1", "section", "national", "date", "2020-01-01"));
        writes.put("/admin/articles/" + id + "/publish", Map.of("version", "1"));
        writes.put("/admin/articles/" + id + "/schedule", Map.of("version", "1", "at", "2099-01-01T09:00"));
        writes.put("/admin/articles/" + id + "/unpublish", Map.of("version", "1"));
        writes.put("/admin/articles/" + id + "/trash", Map.of("version", "1"));
        writes.put("/admin/articles/" + id + "/restore", Map.of("version", "1"));
        for (var write : writes.entrySet()) {
            stranger.get("/admin");
            assertThat(stranger.post(write.getKey(), write.getValue()).status()).as("otherland editor: " + write.getKey())
                    .isEqualTo(403);
        }
        stranger.get("/admin");
        assertThat(stranger.post("/admin/articles", Map.of("site", "testland", "section", "national", "language", "en",
                "title", "Forged", "body", "x")).status()).as("otherland editor creating on testland").isEqualTo(403);
        assertThat(stranger.get("/admin/articles/" + id).status()).isEqualTo(403);
        assertThat(stranger.get("/admin/articles/" + id + "/preview/en").status()).isEqualTo(403);

        for (String path : List.of("/admin/articles/" + id + "/text/en", "/admin/articles/" + id + "/settings",
                "/admin/articles/" + id + "/publish", "/admin/articles/" + id + "/schedule",
                "/admin/articles/" + id + "/trash")) {
            translator.get("/admin");
            assertThat(translator.post(path, writes.get(path)).status()).as("translator: " + path).isEqualTo(403);
        }
        translator.get("/admin");
        assertThat(translator.post("/admin/articles", Map.of("site", "testland", "section", "national",
                "language", "en", "title", "Forged", "body", "x")).status()).isEqualTo(403);
        assertThat(snapshot(id)).as("nothing changed").isEqualTo(before);
        assertThat(owner.get("/admin/articles").body()).doesNotContain("Forged");
    }

    @Test
    void aFormWithoutItsTokenChangesNothing() {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        long id = Articles.create(editor, "Protected", "Safe text.");
        String before = snapshot(id);
        assertThat(editor.postRaw("/admin/articles/" + id + "/text/en", Map.of("version", "1", "title", "Hijacked",
                "body", "x")).status()).isEqualTo(403);
        assertThat(editor.postRaw("/admin/articles/" + id + "/publish", Map.of("version", "1")).status()).isEqualTo(403);
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void scriptInMarkdownIsNeutralised() {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        long id = Articles.create(editor, "Dangerous <b>title</b>", "Hello <script>alert('x')</script> "
                + "<img src=x onerror=alert(1)> [link](javascript:alert(2)) <iframe src=//evil.example></iframe>");
        editor.get("/admin/articles/" + id);
        editor.post("/admin/articles/" + id + "/publish", Map.of("version", version(editor, id)));
        TestServer.Page page = server.get("/testland/en/news/dangerous-b-title-b");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Dangerous &lt;b&gt;title&lt;/b&gt;", "Hello")
                .doesNotContain("<script>alert", "onerror", "javascript:", "<iframe");
    }

    @Test
    void theListFiltersByMissingTranslationAndStatus() {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        Articles.create(editor, "Only in English", "Untranslated.");
        assertThat(editor.get("/admin/articles?site=testland&missing=fr").body()).contains(">Only in English<");
        assertThat(editor.get("/admin/articles?site=testland&language=fr").body()).doesNotContain(">Only in English<");
        assertThat(editor.get("/admin/articles?status=draft").body()).contains(">Only in English<");
        assertThat(editor.get("/admin/articles?status=published").body()).doesNotContain(">Only in English<");
        assertThat(editor.get("/admin/articles?site=otherland").body()).doesNotContain(">Only in English<");
        assertThat(editor.get("/admin/articles?status=nonsense").status()).isEqualTo(400);
        assertThat(editor.get("/admin/articles?page=abc").status()).isEqualTo(400);
    }


    /** The article's version as the edit page shows it (the first version field is the article's). */
    private static String version(Browser browser, long id) {
        return Matches.first(browser.get("/admin/articles/" + id).body(), "name=\"itemVersion\" value=\"(\\d+)\"");
    }

    /** The version of the text being edited: the last version field of the page. */
    private static String textVersion(Browser browser) {
        return Matches.last(browser.get(currentEditPath(browser)).body(), "name=\"version\" value=\"(\\d+)\"");
    }

    private static String currentEditPath(Browser browser) {
        return browser.lastPath();
    }

    private static String snapshot(long id) {
        return server.instance(Jdbi.class).withHandle(h -> h.createQuery("""
                SELECT a.status || a.version || a.section || a.published_on || a.on_network ||
                       (SELECT LISTAGG(t.language || t.title || s.body_markdown || t.version, '|') FROM article_translation t
                          JOIN article_source s ON s.article_id = t.article_id AND s.language = t.language
                         WHERE t.article_id = a.id)
                  FROM article a WHERE a.id = :id""").bind("id", id).mapTo(String.class).one());
    }
}
