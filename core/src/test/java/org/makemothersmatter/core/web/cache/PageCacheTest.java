package org.makemothersmatter.core.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.decoder.Decoder;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.editorial.Publisher;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.store.QueryCounter;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.Matches;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * Public pages are answered from memory, and every change an editor makes shows at once on every page it
 * alters, in every language and on the international site, while the pages of other sites stay as they were.
 */
class PageCacheTest {

    private static final String PASSWORD = "a long and secret password";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
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
    void aKeptPageIsAnsweredWithItsETagCompressedOrNotAndNotAgainWhenTheBrowserHasIt() throws Exception {
        TestServer.Page first = server.get("/testland/en/news");
        TestServer.Page second = server.get("/testland/en/news");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.header("ETag")).isNotNull().isEqualTo(first.header("ETag"));
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Content-Type")).isEqualTo("text/html;charset=utf-8");
        assertThat(second.header("Cache-Control")).isEqualTo(PageCacheHandler.CACHE_CONTROL);
        assertThat(second.header("Vary")).isEqualTo("Accept-Encoding");
        assertThat(second.header("Content-Security-Policy")).isNotNull();

        TestServer.Page notModified = server.get("/testland/en/news", "If-None-Match", second.header("ETag"));
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();

        HttpResponse<byte[]> gzip = CLIENT.send(HttpRequest.newBuilder(server.uri("/testland/en/news"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(second.body());
        }
        HttpResponse<byte[]> brotli = CLIENT.send(HttpRequest.newBuilder(server.uri("/testland/en/news"))
                .header("Accept-Encoding", "gzip, deflate, br").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(brotli.headers().firstValue("Content-Encoding")).contains("br");
        assertThat(new String(Decoder.decompress(brotli.body()).getDecompressedData(), StandardCharsets.UTF_8))
                .isEqualTo(second.body());
        assertThat(Compression.accepts("gzip;q=0, br", "gzip")).isFalse();
        assertThat(Compression.accepts("deflate, *", "gzip")).isTrue();
    }

    @Test
    void pagesThatDifferPerVisitorAndTheBackOfficeAreNeverKept() {
        assertThat(server.get("/testland/en/own").header("ETag")).as("a page with a form").isNull();
        assertThat(editor.get("/admin/articles").header("ETag")).isNull();
        assertThat(server.get("/testland/en/no-such-page").header("ETag")).as("no page of a kept kind").isNull();
    }

    @Test
    void aMissingStoryIsKeptAsMissingUntilItIsPublished() {
        server.get("/testland/en/news/the-awaited-story");
        TestServer.Page missing = server.get("/testland/en/news/the-awaited-story");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("ETag")).isNotNull();
        assertThat(server.get("/testland/en/news/the-awaited-story", "If-None-Match", missing.header("ETag")).status())
                .as("never 304 for a missing page").isEqualTo(404);

        long id = create("The awaited story");
        post("/admin/articles/" + id + "/publish", Map.of("version", version(id)));
        assertThat(server.get("/testland/en/news/the-awaited-story").status()).isEqualTo(200);
    }

    @Test
    void manyVisitorsAskingAtOnceForAPageNotKeptRenderItOnce() throws Exception {
        QueryCounter queries = server.instance(QueryCounter.class);
        // What pages share (the site's navigation) is read by the first of them only.
        server.get("/testland/fr/news?page=2&first");
        long before = queries.count();
        server.get("/testland/fr/news?page=2&alone");
        long one = queries.count() - before;

        ExecutorService visitors = Executors.newFixedThreadPool(16);
        try {
            before = queries.count();
            List<Future<TestServer.Page>> pages = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                pages.add(visitors.submit(() -> server.get("/testland/fr/news?page=2")));
            }
            for (Future<TestServer.Page> page : pages) {
                assertThat(page.get().status()).isEqualTo(200);
            }
        } finally {
            visitors.shutdown();
        }
        assertThat(queries.count() - before).as("queries for 32 visitors at once").isEqualTo(one);
    }

    @Test
    void everyChangeShowsAtOnceWhereverTheStoryIsListedAndNowhereElse() throws Exception {
        String otherSite = server.get("/otherland/fr/").header("ETag");
        String listing = "/testland/en/news";
        String network = "/en/news";
        warm(listing, network, "/testland/fr/news");

        long id = create("Mothers at the table");
        assertThat(server.get(listing).body()).as("a draft is not listed").doesNotContain("Mothers at the table");

        post("/admin/articles/" + id + "/settings", Map.of("version", version(id), "section", "national",
                "date", java.time.LocalDate.now().toString(), "network", "true"));
        post("/admin/articles/" + id + "/publish", Map.of("version", version(id)));
        TestSites.acceptForNetwork(server, PASSWORD, id);
        assertThat(server.get(listing).body()).contains("Mothers at the table");
        assertThat(server.get(network).body()).as("on the international site").contains("Mothers at the table");
        assertThat(server.get("/testland/en/news/mothers-at-the-table").body()).contains("<h1>Mothers at the table</h1>");
        assertThat(server.get("/testland/fr/news").body()).as("in the other language").contains("Mothers at the table");

        saveText(id, "en", "Mothers at the kitchen table");
        assertThat(server.get(listing).body()).contains("Mothers at the kitchen table");
        TestServer.Page moved = server.get("/testland/en/news/mothers-at-the-table");
        assertThat(moved.status()).as("the old slug redirects").isEqualTo(301);
        assertThat(server.get("/testland/en/news/mothers-at-the-kitchen-table").body())
                .contains("<h1>Mothers at the kitchen table</h1>");

        saveText(id, "fr", "Les mères à table");
        assertThat(server.get("/testland/fr/news").body()).as("a translation added").contains("Les mères à table");

        post("/admin/articles/" + id + "/unpublish", Map.of("version", version(id)));
        assertThat(server.get(listing).body()).doesNotContain("Mothers at the kitchen table");
        assertThat(server.get(network).body()).doesNotContain("Mothers at the kitchen table");
        assertThat(server.get("/testland/en/news/mothers-at-the-kitchen-table").status()).isEqualTo(404);

        post("/admin/articles/" + id + "/schedule", Map.of("version", version(id),
                "at", java.time.LocalDateTime.now().plusDays(1).withNano(0).withSecond(0).toString()));
        server.instance(Jdbi.class).useHandle(h -> h.createUpdate("UPDATE article SET publish_at = :past WHERE id = :id")
                .bind("past", Instant.now().minusSeconds(60)).bind("id", id).execute());
        server.get(listing);
        assertThat(server.instance(Publisher.class).publishDue()).isEqualTo(1);
        assertThat(server.get(listing).body()).as("a scheduled story, when its time comes")
                .contains("Mothers at the kitchen table");

        post("/admin/articles/" + id + "/trash", Map.of("version", version(id)));
        assertThat(server.get(listing).body()).doesNotContain("Mothers at the kitchen table");

        assertThat(server.get("/otherland/fr/").header("ETag")).as("another site's page").isEqualTo(otherSite);
    }

    private static void warm(String... paths) {
        for (String path : paths) {
            server.get(path);
            assertThat(server.get(path).header("ETag")).as(path + " is kept").isNotNull();
        }
    }

    private static long create(String title) {
        editor.get("/admin/articles/new?site=testland");
        TestServer.Page created = editor.post("/admin/articles", Map.of("site", "testland", "section", "national",
                "language", "en", "title", title, "excerpt", "", "body", "A story."));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        return Long.parseLong(Matches.first(created.header("Location"), "/admin/articles/(\\d+)"));
    }

    private static String version(long id) {
        return Matches.first(editor.get("/admin/articles/" + id).body(), "name=\"itemVersion\" value=\"(\\d+)\"");
    }

    private static void saveText(long id, String language, String title) {
        String page = editor.get("/admin/articles/" + id + "?lang=" + language).body();
        post("/admin/articles/" + id + "/text/" + language, Map.of("version",
                Matches.last(page, "name=\"version\" value=\"(\\d+)\""), "title", title, "slug", "", "excerpt", "",
                "body", "A story.", "then", "publish"));
    }

    private static void post(String path, Map<String, String> form) {
        TestServer.Page answer = editor.post(path, form);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(303);
    }
}
