package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.editorial.Draft;
import org.makemothersmatter.core.editorial.PageEditor;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlForm;
import org.makemothersmatter.core.testkit.Matches;
import org.makemothersmatter.core.testkit.TestServer;

/** The static pages of a site (mission, statutes...) are written, translated and published as articles are. */
class PageEditingTest {

    private static final String PASSWORD = "a long and secret password";
    private static TestServer server;
    private static Account admin;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestSites.module());
        Accounts accounts = server.instance(Accounts.class);
        admin = TestSites.createTeam(accounts, PASSWORD);
        accounts.create("editor@testnet.org", "Nell", Role.EDITOR, Set.of("testnet"), PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theWholeLifeOfAPage() {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        long id = create(editor, "Our mission", "We **support** mothers.");
        assertThat(server.get("/testland/en/pages/our-mission").status()).as("a draft is not public").isEqualTo(404);
        assertThat(server.get("/testland/en/").body()).as("nor in the navigation").doesNotContain("Our mission");

        TestServer.Page preview = editor.get("/admin/pages/" + id + "/preview/en");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("<h1>Our mission</h1>", "<strong>support</strong>",
                "<meta name=\"robots\" content=\"noindex\">");

        Browser translator = server.signedIn("translator@testland.org", PASSWORD);
        TestServer.Page side = translator.get("/admin/pages/" + id + "?lang=fr");
        assertThat(side.body()).as("the original beside the translation").contains("id=\"beside\"", "Our mission",
                "<strong>support</strong>");
        assertThat(side.body()).as("a translator neither publishes nor removes")
                .doesNotContain("value=\"publish\"", "value=\"trash\"", "value=\"unpublish\"");
        assertThat(translator.post("/admin/pages/" + id + "/text/fr", Map.of("version", "0",
                "title", "Notre mission", "slug", "", "body", "Nous soutenons les mères.")).status()).isEqualTo(303);
        assertThat(server.get("/testland/fr/pages/notre-mission").status()).as("still a draft").isEqualTo(404);
        assertThat(editor.get("/admin/pages?site=testland&language=fr").body()).contains(">Our mission<");
        assertThat(editor.get("/admin/pages?site=testland&missing=fr").body()).doesNotContain(">Our mission<");

        assertThat(editor.post("/admin/pages/" + id + "/publish", Map.of("version", version(editor, id))).status())
                .isEqualTo(303);
        assertThat(server.get("/testland/en/pages/our-mission").body()).contains("<h1>Our mission</h1>");
        assertThat(server.get("/testland/fr/pages/notre-mission").body()).contains("<h1>Notre mission</h1>");
        assertThat(server.get("/testland/en/pages/notre-mission").header("Location"))
                .as("the French slug asked in English").isEqualTo("/testland/en/pages/our-mission");
        assertThat(server.get("/testland/en/news").body()).as("in the subsite's navigation")
                .contains("<a href=\"/testland/en/pages/our-mission\"");
        assertThat(server.get("/testland/en/").body()).contains("/testland/en/pages/our-mission");

        editor.get("/admin/pages/" + id + "?lang=en");
        assertThat(editor.post("/admin/pages/" + id + "/text/en", Map.of("version", textVersion(editor),
                "title", "Our mission and vision", "slug", "", "body", "A revised text.", "then", "publish")).status())
                .isEqualTo(303);
        TestServer.Page moved = server.get("/testland/en/pages/our-mission");
        assertThat(moved.status()).as("the old address redirects").isEqualTo(301);
        assertThat(moved.header("Location")).isEqualTo("/testland/en/pages/our-mission-and-vision");
        assertThat(server.get("/testland/en/pages/our-mission-and-vision").body())
                .contains("<h1>Our mission and vision</h1>", "A revised text.");

        editor.get("/admin/pages/" + id + "?lang=fr");
        assertThat(editor.post("/admin/pages/" + id + "/text/fr", Map.of("version", textVersion(editor),
                "title", "Notre mission", "slug", "Qui sommes-nous ?", "body", "Nous soutenons les mères.",
                "then", "publish")).status())
                .as("a slug typed by hand").isEqualTo(303);
        assertThat(server.get("/testland/fr/pages/notre-mission").header("Location"))
                .isEqualTo("/testland/fr/pages/qui-sommes-nous");
        assertThat(server.get("/testland/fr/pages/qui-sommes-nous").body()).contains("<h1>Notre mission</h1>");

        TestServer.Page revisions = editor.get("/admin/pages/" + id + "/revisions");
        assertThat(revisions.body()).as("the newest revision beside the one before it in its language")
                .contains("<del>notre-mission</del>", "<ins>qui-sommes-nous</ins>",
                        ">Ed<", ">Tia<", "Back to the page");
        String firstEnglish = Matches.last(revisions.body(), "action=\"(/admin/pages/" + id + "/revisions/\\d+/restore)\"");
        assertThat(editor.post(firstEnglish, Map.of()).status()).isEqualTo(303);
        assertThat(HtmlForm.submit(editor, "/admin/pages/" + id + "?lang=en", "text-form", Map.of("then", "publish"))
                .status()).as("the restored text, a change to publish").isEqualTo(303);
        assertThat(server.get("/testland/en/pages/our-mission").body()).as("restored")
                .contains("<h1>Our mission</h1>", "<strong>support</strong>");
        assertThat(server.get("/testland/en/pages/our-mission-and-vision").header("Location"))
                .isEqualTo("/testland/en/pages/our-mission");

        assertThat(editor.post("/admin/pages/" + id + "/unpublish", Map.of("version", version(editor, id))).status())
                .isEqualTo(303);
        assertThat(server.get("/testland/en/pages/our-mission").status()).isEqualTo(404);
        assertThat(server.get("/testland/en/news").body()).doesNotContain("/testland/en/pages/our-mission");

        assertThat(editor.post("/admin/pages/" + id + "/trash", Map.of("version", version(editor, id))).status())
                .isEqualTo(303);
        assertThat(editor.get("/admin/pages").body()).doesNotContain(">Our mission<");
        assertThat(editor.get("/admin/pages?status=trashed").body()).contains(">Our mission<");
        assertThat(editor.post("/admin/pages/" + id + "/restore", Map.of("version", version(editor, id))).status())
                .isEqualTo(303);
        assertThat(editor.get("/admin/pages/" + id).body()).contains("<span class=\"status\">draft</span>");
        assertThat(server.get("/testland/en/pages/our-mission").status()).isEqualTo(404);

        assertThat(auditedActions(id)).containsExactly("page.create", "page.save", "page.publish", "page.save",
                "page.publish-changes", "page.save", "page.publish-changes", "page.save", "page.restore-revision",
                "page.publish-changes", "page.unpublish", "page.trash", "page.restore");
    }

    @Test
    void aNewPageGetsAKeyOfItsOwnAndComesLast() {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        long first = create(editor, "Statutes", "Article 1.");
        long second = create(editor, "Statutes", "Article 1, again.");
        assertThat(column("page_key", second)).isNotEqualTo(column("page_key", first)).startsWith("statutes");
        assertThat(column("position", second)).isEqualTo(server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                "SELECT CAST(MAX(position) AS VARCHAR) FROM page WHERE site = 'testland'").mapTo(String.class).one()));
        assertThat(editor.get("/admin/pages/" + second + "/preview/en").body()).contains("Article 1, again.");
    }

    @Test
    void theSecondOfTwoEditorsSavingTheSameTextIsToldAndLosesNothing() {
        Browser first = server.signedIn("editor@testland.org", PASSWORD);
        long id = create(first, "Shared page", "Version one.");
        Browser second = server.signedIn("admin@example.org", PASSWORD);
        first.get("/admin/pages/" + id + "?lang=en");
        String firstVersion = textVersion(first);
        second.get("/admin/pages/" + id + "?lang=en");
        String secondVersion = textVersion(second);

        assertThat(first.post("/admin/pages/" + id + "/text/en", Map.of("version", firstVersion, "title", "Shared page",
                "slug", "", "body", "The first editor's text.")).status()).isEqualTo(303);
        TestServer.Page conflict = second.post("/admin/pages/" + id + "/text/en", Map.of("version", secondVersion,
                "title", "Shared page", "slug", "", "body", "The second editor's text."));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("Someone else saved this text since you opened it.",
                "The second editor's text.</textarea>");
        assertThat(first.get("/admin/pages/" + id + "/preview/en").body()).contains("The first editor");

        String stale = version(second, id);
        assertThat(first.post("/admin/pages/" + id + "/publish", Map.of("version", version(first, id))).status())
                .isEqualTo(303);
        TestServer.Page late = second.post("/admin/pages/" + id + "/trash", Map.of("version", stale));
        assertThat(late.status()).as("a change of status made on an old version").isEqualTo(409);
        assertThat(late.body()).contains("Someone else changed this page since you opened it.");
        assertThat(column("status", id)).isEqualTo("published");
    }

    @Test
    void aNetworkAdministratorMayDoEverythingOnEverySite() {
        Browser ada = server.signedIn("admin@example.org", PASSWORD);
        long id = create(ada, "Charter", "The charter.");
        ada.get("/admin/pages/" + id + "?lang=en");
        assertThat(ada.post("/admin/pages/" + id + "/text/en", Map.of("version", textVersion(ada), "title", "Charter",
                "slug", "", "body", "The charter, revised.")).status()).isEqualTo(303);
        ada.get("/admin/pages/" + id + "?lang=fr");
        assertThat(ada.post("/admin/pages/" + id + "/text/fr", Map.of("version", "0", "title", "Charte",
                "slug", "", "body", "La charte.")).status()).isEqualTo(303);
        for (String action : List.of("publish", "unpublish", "trash", "restore", "publish")) {
            assertThat(ada.post("/admin/pages/" + id + "/" + action, Map.of("version", version(ada, id))).status())
                    .as(action).isEqualTo(303);
        }
        String first = Matches.last(ada.get("/admin/pages/" + id + "/revisions").body(),
                "action=\"(/admin/pages/" + id + "/revisions/\\d+/restore)\"");
        assertThat(ada.post(first, Map.of()).status()).isEqualTo(303);
        assertThat(HtmlForm.submit(ada, "/admin/pages/" + id + "?lang=en", "text-form", Map.of("then", "publish"))
                .status()).isEqualTo(303);
        assertThat(server.get("/testland/en/pages/charter").body()).contains("The charter.").doesNotContain("revised");

        ada.get("/admin/pages/new");
        TestServer.Page elsewhere = ada.post("/admin/pages", Map.of("site", "otherland", "language", "fr",
                "title", "Statuts", "body", "Article premier."));
        assertThat(elsewhere.status()).as("on any site").isEqualTo(303);
        assertThat(ada.get(elsewhere.header("Location")).body()).contains("<h1>Statuts</h1>", "MMM Otherland");
        TestServer.Page wrongLanguage = ada.post("/admin/pages", Map.of("site", "otherland", "language", "en",
                "title", "Statutes", "body", "x"));
        assertThat(wrongLanguage.status()).as("Otherland publishes in French only").isEqualTo(422);
        assertThat(wrongLanguage.body()).contains("MMM Otherland does not publish in English.", "value=\"Statutes\"");
    }

    @Test
    void everyWriteIsRefusedToWhoeverMayNotMakeItAndChangesNothing() {
        Browser owner = server.signedIn("editor@testland.org", PASSWORD);
        long id = create(owner, "Our own page", "Only Testland writes here.");
        long revision = server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                "SELECT MIN(id) FROM page_revision WHERE page_id = :id").bind("id", id).mapTo(Long.class).one());
        Browser stranger = server.signedIn("editor@otherland.org", PASSWORD);
        Browser translator = server.signedIn("translator@testland.org", PASSWORD);
        String before = snapshot(id);

        Map<String, Map<String, String>> writes = new LinkedHashMap<>();
        writes.put("/admin/pages/" + id + "/text/en", Map.of("version", "1", "title", "Taken over", "body", "x"));
        writes.put("/admin/pages/" + id + "/text/fr", Map.of("version", "0", "title", "Pris", "body", "x"));
        writes.put("/admin/pages/" + id + "/publish", Map.of("version", "1"));
        writes.put("/admin/pages/" + id + "/unpublish", Map.of("version", "1"));
        writes.put("/admin/pages/" + id + "/trash", Map.of("version", "1"));
        writes.put("/admin/pages/" + id + "/restore", Map.of("version", "1"));
        writes.put("/admin/pages/" + id + "/revisions/" + revision + "/restore", Map.of());
        Map<String, String> forged = Map.of("site", "testland", "language", "en", "title", "Forged", "body", "x");
        for (var write : writes.entrySet()) {
            stranger.get("/admin");
            assertThat(stranger.post(write.getKey(), write.getValue()).status()).as("otherland editor: " + write.getKey())
                    .isEqualTo(403);
        }
        stranger.get("/admin");
        assertThat(stranger.post("/admin/pages", forged).status()).as("otherland editor creating on testland")
                .isEqualTo(403);
        for (String path : List.of("", "?lang=fr", "/preview/en", "/revisions")) {
            assertThat(stranger.get("/admin/pages/" + id + path).status()).as("otherland editor: " + path)
                    .isEqualTo(403);
        }
        assertThat(stranger.get("/admin/pages").body()).doesNotContain("Our own page");

        for (String path : List.of("/admin/pages/" + id + "/text/en", "/admin/pages/" + id + "/publish",
                "/admin/pages/" + id + "/unpublish", "/admin/pages/" + id + "/trash",
                "/admin/pages/" + id + "/restore", "/admin/pages/" + id + "/revisions/" + revision + "/restore")) {
            translator.get("/admin");
            assertThat(translator.post(path, writes.get(path)).status()).as("translator: " + path).isEqualTo(403);
        }
        assertThat(translator.get("/admin/pages/new").status()).isEqualTo(403);
        translator.get("/admin");
        assertThat(translator.post("/admin/pages", forged).status()).isEqualTo(403);
        assertThat(snapshot(id)).as("nothing changed").isEqualTo(before);
        assertThat(owner.get("/admin/pages").body()).doesNotContain("Forged");
        assertThat(translator.get("/admin/pages/" + id + "?lang=en").body()).as("shown, not writable")
                .contains("Translators write translations, not the original text.");
    }

    @Test
    void aFormWithoutItsTokenChangesNothing() {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        long id = create(editor, "Protected page", "Safe text.");
        String before = snapshot(id);
        assertThat(editor.postRaw("/admin/pages/" + id + "/text/en", Map.of("version", "1", "title", "Hijacked",
                "body", "x")).status()).isEqualTo(403);
        assertThat(editor.postRaw("/admin/pages/" + id + "/publish", Map.of("version", "1")).status()).isEqualTo(403);
        assertThat(editor.postRaw("/admin/pages", Map.of("site", "testland", "language", "en", "title", "Sneaked",
                "body", "x")).status()).isEqualTo(403);
        for (String action : List.of("unpublish", "trash", "restore")) {
            assertThat(editor.postRaw("/admin/pages/" + id + "/" + action, Map.of("_csrf", "forged", "version", "1"))
                    .status()).as("a wrong token: " + action).isEqualTo(403);
        }
        assertThat(snapshot(id)).isEqualTo(before);
        assertThat(editor.get("/admin/pages").body()).doesNotContain("Sneaked");
    }

    @Test
    void scriptInMarkdownIsNeutralised() {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        long id = create(editor, "Risky <b>page</b>", "Hello <script>alert('x')</script> "
                + "<img src=x onerror=alert(1)> [link](javascript:alert(2)) <iframe src=//evil.example></iframe>");
        editor.post("/admin/pages/" + id + "/publish", Map.of("version", version(editor, id)));
        TestServer.Page page = server.get("/testland/en/pages/risky-b-page-b");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Risky &lt;b&gt;page&lt;/b&gt;", "Hello")
                .doesNotContain("<script>alert", "onerror", "javascript:", "<iframe");
        assertThat(editor.get("/admin/pages/" + id + "/preview/en").body())
                .doesNotContain("<script>alert", "onerror", "javascript:", "<iframe");
        assertThat(editor.get("/admin/pages/" + id + "?lang=fr").body()).as("beside the translation")
                .contains("id=\"beside\"").doesNotContain("<script>alert", "onerror", "javascript:", "<iframe");
        String stored = server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                "SELECT body_html FROM page_translation WHERE page_id = :id").bind("id", id).mapTo(String.class).one());
        assertThat(stored).as("stored sanitized").doesNotContain("<script", "onerror", "javascript:", "<iframe");
    }

    @Test
    void thePagesTheNetworkSiteRoutesNeedStayPublished() {
        Browser editor = server.signedIn("editor@testnet.org", PASSWORD);
        for (String key : List.of("home", "advocacy", "national-mmm")) {
            long id = pageId("testnet", key);
            TestServer.Page edit = editor.get("/admin/pages/" + id);
            assertThat(edit.body()).contains("it stays published").doesNotContain("value=\"trash\"", "value=\"unpublish\"");
            for (String action : List.of("trash", "unpublish")) {
                TestServer.Page refused = editor.post("/admin/pages/" + id + "/" + action,
                        Map.of("version", version(editor, id)));
                assertThat(refused.status()).as(key + " " + action).isEqualTo(422);
                assertThat(refused.body()).contains("on a route of its own, which needs it: it stays published.");
            }
            assertThat(column("status", id)).isEqualTo("published");
        }
        assertThat(server.get("/en/").status()).isEqualTo(200);
        assertThat(server.get("/en/national-mmm").status()).isEqualTo(200);

        long advocacy = pageId("testnet", "advocacy");
        editor.get("/admin/pages/" + advocacy + "?lang=en");
        assertThat(editor.post("/admin/pages/" + advocacy + "/text/en", Map.of("version", textVersion(editor),
                "title", "Advocacy", "slug", "", "body", "Our delegations speak for mothers.", "then", "publish")).status())
                .as("their text can be edited").isEqualTo(303);
        assertThat(server.get("/en/advocacy").body()).contains("Our delegations speak for mothers.");
        assertThat(editor.get("/admin/pages/" + advocacy + "/revisions").body())
                .as("the text from the content file is the first revision").contains("content file");
    }

    @Test
    void badAddressesAndParametersAreRefusedPlainly() {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        long id = create(editor, "Plain page", "Text.");
        assertThat(editor.get("/admin/pages/abc").status()).isEqualTo(404);
        assertThat(editor.get("/admin/pages/999999").status()).isEqualTo(404);
        assertThat(editor.get("/admin/pages/" + id + "/preview/de").status()).isEqualTo(404);
        assertThat(editor.get("/admin/pages/" + id + "/preview/ar").status()).as("a language Testland lacks")
                .isEqualTo(404);
        assertThat(editor.get("/admin/pages/" + id + "?lang=zz").status()).as("falls back to the original")
                .isEqualTo(200);
        assertThat(editor.get("/admin/pages?status=scheduled").status()).as("pages are never scheduled").isEqualTo(400);
        assertThat(editor.get("/admin/pages?site=nowhere").status()).isEqualTo(400);
        assertThat(editor.get("/admin/pages?page=abc").status()).isEqualTo(400);
        editor.get("/admin/pages/" + id);
        assertThat(editor.post("/admin/pages/" + id + "/publish", Map.of()).status()).as("no version").isEqualTo(400);
        assertThat(editor.post("/admin/pages/" + id + "/text/zz", Map.of("version", "1", "title", "x")).status())
                .isEqualTo(404);
        assertThat(editor.post("/admin/pages/" + id + "/revisions/abc/restore", Map.of()).status()).isEqualTo(404);
        assertThat(editor.post("/admin/pages/" + id + "/revisions/999999/restore", Map.of()).status()).isEqualTo(400);
        assertThat(editor.post("/admin/pages/999999/publish", Map.of("version", "1")).status()).isEqualTo(404);
        assertThat(editor.post("/admin/pages/" + id + "/text/en", Map.of("version", "1", "title", " ", "body", "x"))
                .status()).as("a title is needed").isEqualTo(422);
        assertThat(editor.post("/admin/pages/" + id + "/text/ar", Map.of("version", "0", "title", "x", "body", "x"))
                .status()).as("a language Testland does not publish in").isEqualTo(422);
        TestServer.Page notTrashed = editor.post("/admin/pages/" + id + "/restore", Map.of("version", version(editor, id)));
        assertThat(notTrashed.status()).as("not in the trash").isEqualTo(422);
        assertThat(notTrashed.body()).contains("Only pages in the trash can be restored.");
        assertThat(editor.post("/admin/pages", Map.of("site", "nowhere", "language", "en", "title", "x")).status())
                .isEqualTo(422);
    }

    @Test
    void theListFiltersByMissingTranslationAndStatus() {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        create(editor, "Only in English", "Untranslated.");
        assertThat(editor.get("/admin/pages?site=testland&missing=fr").body()).contains(">Only in English<");
        assertThat(editor.get("/admin/pages?site=testland&missing=en").body()).doesNotContain(">Only in English<");
        assertThat(editor.get("/admin/pages?status=draft").body()).contains(">Only in English<");
        assertThat(editor.get("/admin/pages?status=published").body()).doesNotContain(">Only in English<");
        assertThat(editor.get("/admin/pages?site=otherland").body()).doesNotContain(">Only in English<");
        assertThat(server.signedIn("admin@example.org", PASSWORD).get("/admin/pages?site=testnet").body())
                .contains(">Advocacy<", ">National MMM<");
        assertThat(editor.get("/admin/pages?language=de").status()).as("an unknown language").isEqualTo(400);
    }

    @Test
    void theListComesInPagesOfTwentyFive() {
        PageEditor pages = server.instance(PageEditor.class);
        for (int n = 1; n <= 30; n++) {
            pages.create(admin, "otherland", Language.FRENCH, new Draft("Page numéro " + n, "", null, "Texte."));
        }
        long total = server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM page WHERE site = 'otherland' AND status <> 'trashed'").mapTo(Long.class).one());
        Browser ada = server.signedIn("admin@example.org", PASSWORD);
        String first = ada.get("/admin/pages?site=otherland&status=draft").body();
        assertThat(first).as("in the site's order").contains(">Page numéro 1<", ">Page numéro 24<", "Page 1 of 2",
                "href=\"/admin/pages?site=otherland&amp;status=draft&amp;page=2\"").doesNotContain(">Page numéro 26<");
        assertThat(ada.get("/admin/pages?site=otherland&status=draft&page=2").body())
                .contains(">Page numéro 26<", ">Page numéro 30<").doesNotContain(">Page numéro 24<");
        assertThat(ada.get("/admin/pages?site=otherland").body()).contains("<caption>" + total + " pages</caption>");
    }


    private static long create(Browser browser, String title, String body) {
        assertThat(browser.get("/admin/pages/new?site=testland").status()).isEqualTo(200);
        TestServer.Page created = browser.post("/admin/pages", Map.of("site", "testland", "language", "en",
                "title", title, "body", body));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        Matcher id = Pattern.compile("/admin/pages/(\\d+)").matcher(created.header("Location"));
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** The page's version as the edit page shows it (the first version field is the page's). */
    private static String version(Browser browser, long id) {
        return Matches.first(browser.get("/admin/pages/" + id).body(), "name=\"itemVersion\" value=\"(\\d+)\"");
    }

    /** The version of the text being edited: the last version field of the page. */
    private static String textVersion(Browser browser) {
        return Matches.last(browser.get(browser.lastPath()).body(), "name=\"version\" value=\"(\\d+)\"");
    }

    private static long pageId(String site, String key) {
        return server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                "SELECT id FROM page WHERE site = :site AND page_key = :key")
                .bind("site", site).bind("key", key).mapTo(Long.class).one());
    }

    /** A column of a page, as text. */
    private static String column(String name, long id) {
        return server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                "SELECT CAST(" + name + " AS VARCHAR) FROM page WHERE id = :id").bind("id", id).mapTo(String.class).one());
    }

    private static List<String> auditedActions(long id) {
        return server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                "SELECT action FROM audit_event WHERE target = :target ORDER BY id")
                .bind("target", "page " + id).mapTo(String.class).list());
    }

    private static String snapshot(long id) {
        return server.instance(Jdbi.class).withHandle(h -> h.createQuery("""
                SELECT p.status || p.version || p.position ||
                       (SELECT LISTAGG(t.language || t.title || t.slug || t.body_markdown || t.version, '|')
                          FROM page_translation t WHERE t.page_id = p.id) ||
                       (SELECT COUNT(*) FROM page_revision r WHERE r.page_id = p.id)
                  FROM page p WHERE p.id = :id""").bind("id", id).mapTo(String.class).one());
    }
}
