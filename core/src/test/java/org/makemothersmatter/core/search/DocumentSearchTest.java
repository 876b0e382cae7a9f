package org.makemothersmatter.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.makemothersmatter.core.testkit.TestPdfs.pdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlForm;
import org.makemothersmatter.core.testkit.Matches;
import org.makemothersmatter.core.testkit.TestPdfs;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * Statements and reports are found by the words of their PDF, linked to the file itself; one attached to an article
 * only while its article is public.
 */
class DocumentSearchTest {

    private static final String PASSWORD = "a long and secret password";
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static TestServer server;
    private static Browser editor;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestSites.module());
        TestSites.createTeam(server.instance(Accounts.class), PASSWORD);
        editor = server.signedIn("editor@testland.org", PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aDocumentIsFoundByTheWordsOfItsPdf() {
        String word = "carers" + unique();
        TestServer.Page sent = TestPdfs.send(editor, "testland", Map.of("title", "Statement on care",
                "symbol", "A/HRC/58/NGO/123"), pdf("Unpaid " + word + " deserve recognition."));
        assertThat(sent.status()).as(sent.body()).isEqualTo(303);
        String id = Matches.first(sent.header("Location"), "/admin/documents/(\\d+)");

        TestServer.Page found = SearchSites.within(SECOND, () -> search(word),
                body -> body.contains("href=\"/documents/" + id + "/statement-on-care.pdf\""));
        assertThat(found.body()).contains("<mark>" + word + "</mark>", "Statement on care");
    }

    @Test
    void aDocumentOfAnArticleIsFoundWhileItsArticleIsPublic() {
        editor.get("/admin/articles/new?site=testland");
        TestServer.Page created = editor.post("/admin/articles", Map.of("site", "testland", "section", "national",
                "language", "en", "title", "With its statement " + unique(), "excerpt", "", "body", "Read it."));
        String article = Matches.first(created.header("Location"), "/admin/articles/(\\d+)");
        String word = "attached" + unique();
        TestServer.Page sent = TestPdfs.send(editor, "testland", Map.of("title", "Attached statement",
                "article", article), pdf("An " + word + " statement."));
        assertThat(sent.status()).as(sent.body()).isEqualTo(303);
        String link = "href=\"/documents/" + Matches.first(sent.header("Location"), "/admin/documents/(\\d+)") + "/";

        SearchSites.within(SECOND, () -> search(word), body -> !body.contains(link));
        assertThat(publish(article, "publish").status()).isEqualTo(303);
        SearchSites.within(SECOND, () -> search(word), body -> body.contains(link));
        assertThat(publish(article, "unpublish").status()).isEqualTo(303);
        SearchSites.within(SECOND, () -> search(word), body -> !body.contains(link));
    }

    private static TestServer.Page publish(String article, String button) {
        return HtmlForm.submit(editor, "/admin/articles/" + article + "?lang=en", "text-form", Map.of("then", button));
    }

    private static TestServer.Page search(String words) {
        return server.get("/en/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).replaceAll("[^a-z]", "x");
    }
}
