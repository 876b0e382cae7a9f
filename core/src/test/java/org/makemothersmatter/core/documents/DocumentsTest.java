package org.makemothersmatter.core.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.makemothersmatter.core.testkit.TestPdfs.pdf;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.content.Slugs;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlForm;
import org.makemothersmatter.core.testkit.Matches;
import org.makemothersmatter.core.testkit.TestImages;
import org.makemothersmatter.core.testkit.TestPdfs;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * Statements and reports: uploaded by a site's editors, only real PDFs of bounded size, their text read; served under
 * a name made from their title; listed on their article's, their delegation's and their themes' pages; deleted when no
 * published text uses them.
 */
class DocumentsTest {

    private static final String PASSWORD = "a long and secret password";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static TestServer server;
    private static Browser admin;
    private static Browser editor;
    private static Browser translator;
    private static Browser otherEditor;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestSites.module());
        TestSites.createTeam(server.instance(Accounts.class), PASSWORD);
        admin = server.signedIn("admin@example.org", PASSWORD);
        editor = server.signedIn("editor@testland.org", PASSWORD);
        translator = server.signedIn("translator@testland.org", PASSWORD);
        otherEditor = server.signedIn("editor@otherland.org", PASSWORD);
        // The test network ships no delegations: two, as the network's content files give them.
        server.instance(Jdbi.class).useHandle(h -> {
            for (String code : List.of("eu", "un")) {
                h.execute("INSERT INTO delegation (code, position, original_language) VALUES (?, 1, 'en')", code);
                h.execute("INSERT INTO delegation_translation (code, language, name, summary, body_markdown, body_html)"
                        + " VALUES (?, 'en', ?, 'Our delegation.', '', '')", code, "Delegation " + code);
            }
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anUploadedPdfIsServedWithItsTypeAndASafeNameAndItsTextIsKept() throws Exception {
        String words = "Mothers carry most unpaid care work " + unique();
        byte[] file = pdf(words);
        String title = "Statement to the Human Rights Council: “care” " + unique();
        TestServer.Page uploaded = TestPdfs.send(editor, "testland", Map.of("title", title,
                "symbol", " A/HRC/58/NGO/123 "), file);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(303);
        long id = Long.parseLong(Matches.first(uploaded.header("Location"), "/admin/documents/(\\d+)"));
        assertThat(id).as("random, beyond what counting reaches").isGreaterThan(1_000_000);

        assertThat(server.instance(Jdbi.class).onDemand(DocumentDao.class).text(id).orElseThrow().text())
                .contains(words);
        String page = editor.get("/admin/documents/" + id).body();
        assertThat(page).contains(words, "A/HRC/58/NGO/123");

        String name = Slugs.of(title) + ".pdf";
        HttpResponse<byte[]> download = fetch("/documents/" + id + "/" + name);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"" + name
                + "\"; filename*=UTF-8''" + name);
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.body()).isEqualTo(file);
        TestServer.Page renamed = server.get("/documents/" + id + "/statement.pdf");
        assertThat(renamed.status()).isEqualTo(301);
        assertThat(renamed.header("Location")).isEqualTo("/documents/" + id + "/" + name);
        assertThat(server.get("/documents/" + (id + 1) + "/" + name).status()).isEqualTo(404);
        assertThat(server.get("/documents/0" + id + "/" + name).status()).isEqualTo(404);

        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'document.upload' AND target = 'document "
                + id + "'")).isEqualTo(1);
    }

    @Test
    void whatIsNoReadablePdfOfBoundedSizeOrIsUploadedByWhoMayNotIsRefusedAndNothingIsKept() {
        long before = count("SELECT COUNT(*) FROM document");
        assertRefused(TestPdfs.send(editor, "testland", Map.of("title", "Fake"),
                "%PDF-1.7\nthis is no PDF at all".getBytes()), 422, "could not be opened as a PDF");
        assertRefused(TestPdfs.send(editor, "testland", Map.of("title", "A picture"),
                TestImages.encode(TestImages.picture(20, 20, false), "png")), 422, "not a PDF");
        byte[] tooLarge = Arrays.copyOf(pdf("Large"), Documents.MAX_BYTES + 1);
        assertRefused(TestPdfs.send(editor, "testland", Map.of("title", "Too large"), tooLarge), 422,
                "larger than " + Documents.MAX_SIZE);
        assertRefused(TestPdfs.send(editor, "testland", Map.of("title", "Symbol", "symbol", "HRC 58 statement"),
                pdf("Text")), 422, "not a UN document symbol");
        assertRefused(TestPdfs.send(editor, "testland", Map.of("title", " "), pdf("Text")), 422, "needs a title");
        assertRefused(TestPdfs.send(editor, "testland", Map.of("title", "Far", "date", "2999-01-01"), pdf("Text")),
                422, "2025-03-18");
        assertRefused(TestPdfs.send(editor, "testland", Map.of("title", "Delegation", "delegation", "un"),
                pdf("Text")), 422, "international site");
        // The upload form of their own site, sent to another's, and a translator's.
        assertThat(TestPdfs.send(otherEditor, "otherland", Map.of("site", "testland", "title", "Not mine"),
                pdf("Text")).status()).isEqualTo(403);
        translator.get("/admin/documents");
        assertThat(translator.postMultipart("/admin/documents", Map.of("site", "testland", "title", "Translated",
                        "date", "2025-01-01", "language", "en"),
                new Browser.FilePart("file", "a.pdf", "application/pdf", pdf("Text"))).status()).isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM document")).isEqualTo(before);
    }

    @Test
    void documentsAreListedOnTheirArticleDelegationAndThemePagesAndDeletedOnlyWhenNoPublishedTextUsesThem() {
        String themeName = "Reports " + unique();
        TestServer.Page theme = HtmlForm.submit(admin, "/admin/themes", "theme-form", Map.of("name", themeName));
        String themeId = Matches.first(theme.header("Location"), "/admin/themes/(\\d+)");
        String themePage = "/en/themes/" + Slugs.of(themeName);

        // A report of the UN delegation, in French, on the theme.
        String report = "Rapport " + unique();
        TestServer.Page sent = TestPdfs.send(admin, "testnet", Map.of("title", report, "language", "fr",
                "delegation", "un", "themed", "true", "theme", themeId), pdf("Un rapport"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(303);
        Element onDelegation = link(page("/en/advocacy/un"), report);
        assertThat(onDelegation.attr("lang")).isEqualTo("fr");
        assertThat(onDelegation.attr("type")).isEqualTo("application/pdf");
        assertThat(onDelegation.parent().text()).matches(".*\\(PDF, \\d+ KB\\).*");
        assertThat(link(page(themePage), report)).isNotNull();
        assertThat(page("/en/advocacy/eu").select("a:containsOwn(" + report + ")")).isEmpty();

        // A statement attached to a draft article is listed once the article is published, and then kept.
        String title = "Our statement " + unique();
        editor.get("/admin/articles/new?site=testland");
        TestServer.Page created = editor.post("/admin/articles", Map.of("site", "testland", "section", "national",
                "language", "en", "title", title, "excerpt", "", "body", "Read our statement."));
        String article = Matches.first(created.header("Location"), "/admin/articles/(\\d+)");
        String statement = "Statement " + unique();
        TestServer.Page attached = TestPdfs.send(editor, "testland", Map.of("title", statement, "article", article,
                "themed", "true", "theme", themeId), pdf("Our statement"));
        assertThat(attached.status()).as(attached.body()).isEqualTo(303);
        String id = Matches.first(attached.header("Location"), "/admin/documents/(\\d+)");
        assertThat(page(themePage).select("a:containsOwn(" + statement + ")")).as("its article is a draft").isEmpty();
        assertThat(HtmlForm.submit(editor, "/admin/articles/" + article + "?lang=en", "text-form",
                Map.of("then", "publish")).status()).isEqualTo(303);
        assertThat(link(page("/testland/en/news/" + Slugs.of(title)), statement)).isNotNull();
        assertThat(link(page(themePage), statement)).isNotNull();

        assertThat(editor.get("/admin/documents/" + id).body()).doesNotContain("/admin/documents/" + id + "/delete");
        assertThat(editor.post("/admin/documents/" + id + "/delete", Map.of()).status()).isEqualTo(409);
        assertThat(HtmlForm.submit(editor, "/admin/articles/" + article + "?lang=en", "text-form",
                Map.of("then", "unpublish")).status()).isEqualTo(303);
        editor.get("/admin/documents/" + id + "/delete");
        assertThat(otherEditor.post("/admin/documents/" + id + "/delete", Map.of()).status()).isEqualTo(403);
        assertThat(editor.post("/admin/documents/" + id + "/delete", Map.of()).status()).isEqualTo(303);
        assertThat(server.get("/documents/" + id + "/" + Slugs.of(statement) + ".pdf").status()).isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'document.delete' AND target = 'document "
                + id + "'")).isEqualTo(1);
    }

    private static void assertRefused(TestServer.Page answer, int status, String why) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.body()).contains(why);
    }

    private static Element link(Document page, String title) {
        return page.select("section.documents a").stream().filter(a -> a.text().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No link to " + title + " in " + page.select("main").html()));
    }

    private static Document page(String path) {
        TestServer.Page page = server.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    private static HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static long count(String sql) {
        return server.instance(Jdbi.class).withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
