package org.makemothersmatter.sites.network.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * What a kept page tells browsers and proxies: how long to keep it, whether their copy is still good (304 on
 * its ETag or its date), in which encoding it comes; and pages that differ per visitor are never kept.
 */
class CacheHeadersTest extends FreshPagesTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void everyKeptPageSaysHowToKeepItFromItsFirstAnswer() {
        for (String path : samples()) {
            TestServer.Page first = server.get(path);
            TestServer.Page kept = server.get(path);
            for (TestServer.Page page : List.of(first, kept)) {
                assertThat(page.status()).as(path).isEqualTo(200);
                assertThat(page.header("ETag")).as(path).isEqualTo(kept.header("ETag")).matches("\"[^\"]+\"");
                assertThat(page.header("Cache-Control")).as(path).matches("public, max-age=\\d+");
                assertThat(page.header("Vary")).as(path).isEqualTo("Accept-Encoding");
                assertThat(page.header("Content-Type").replace(" ", "").toLowerCase(Locale.ROOT)).as(path)
                        .isEqualTo("text/html;charset=utf-8");
                assertThat(ZonedDateTime.parse(page.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME))
                        .as(path).isBeforeOrEqualTo(ZonedDateTime.now());
            }
            assertThat(kept.body()).isEqualTo(first.body());
        }
    }

    @Test
    void aBrowserWhoseCopyIsStillGoodGets304() {
        for (String path : samples()) {
            server.get(path);
            TestServer.Page kept = server.get(path);
            String etag = kept.header("ETag");

            TestServer.Page byTag = server.get(path, "If-None-Match", etag);
            assertThat(byTag.status()).as(path).isEqualTo(304);
            assertThat(byTag.body()).isEmpty();
            assertThat(byTag.header("ETag")).isEqualTo(etag);
            assertThat(server.get(path, "If-None-Match", "\"another\"").status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aBrowserWhoseCopyHasThePagesDateGets304AndACopyFromBeforeAChangeNever() throws InterruptedException {
        assumeTrue(association.languages().size() > 1, "no association publishes in two languages");
        String path = association.url(association.defaultLanguage(), "/news");
        server.get(path);
        String before = server.get(path).header("Last-Modified");
        String title = unique("Mothers beat the clock");
        published(title, "Within the same second.");
        assertThat(server.get(path).body()).contains(title);
        assertThat(server.get(path, "If-Modified-Since", before).status())
                .as("a copy from before the change, even of the same second").isEqualTo(200);

        // Rendered a second after the change, a page's date tells it from every copy before the change.
        Thread.sleep(1100);
        String later = association.url(association.languages().get(1), "/news");
        server.get(later);
        String date = server.get(later).header("Last-Modified");
        TestServer.Page byDate = server.get(later, "If-Modified-Since", date);
        assertThat(byDate.status()).isEqualTo(304);
        assertThat(byDate.body()).isEmpty();
        String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).minusSeconds(1));
        assertThat(server.get(later, "If-Modified-Since", earlier).status()).isEqualTo(200);
        assertThat(server.get(later, "If-Modified-Since", "not a date").status()).isEqualTo(200);
        assertThat(server.get(later, "If-None-Match", "\"another\"", "If-Modified-Since", date).status())
                .as("the ETag decides when both are sent").isEqualTo(200);
    }

    @Test
    void aKeptPageComesInTheEncodingTheBrowserTakes() throws Exception {
        String path = samples().get(0);
        server.get(path);
        byte[] identity = fetch(path, null).body();
        String brotli = Brotli4jLoader.isAvailable() ? "br" : "gzip";
        assertEncoding(path, null, null, identity);
        assertEncoding(path, "identity", null, identity);
        assertEncoding(path, "gzip;q=0, identity", null, identity);
        assertEncoding(path, "gzip", "gzip", identity);
        assertEncoding(path, "br;q=0, gzip", "gzip", identity);
        assertEncoding(path, "gzip, deflate, br", brotli, identity);
    }

    @Test
    void eachCodingOfAPageHasItsOwnTagFromItsFirstAnswerOn() throws Exception {
        String path = samples().get(0) + "?first=gzip";
        HttpResponse<byte[]> first = fetch(path, "gzip");
        assertThat(first.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String gzipTag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(fetch(path, "gzip").headers().firstValue("ETag")).hasValue(gzipTag);
        String identityTag = fetch(path, null).headers().firstValue("ETag").orElseThrow();
        assertThat(identityTag).isNotEqualTo(gzipTag);
        assertThat(revalidate(path, "gzip", identityTag).statusCode()).isEqualTo(200);
        assertThat(revalidate(path, "gzip", "\"other\", W/" + gzipTag).statusCode()).isEqualTo(304);
        assertThat(revalidate(path, null, identityTag).statusCode()).isEqualTo(304);
    }

    @Test
    void pagesWithAVisitorsFormAreNeverKept() {
        List<String> forms = new ArrayList<>();
        for (Site site : sites.national()) {
            pagesOf(site).stream().filter(path -> server.get(path).body().contains("name=\"_csrf\"")).forEach(forms::add);
        }
        assumeFalse(forms.isEmpty(), "no site has a public page with a form");
        for (String path : forms) {
            server.get(path);
            assertNeverKept(server.get(path));
        }
    }

    @Test
    void theBackOfficeIsNeverKept() {
        BackOffice.Item draft = office.draftArticle(association, Section.NATIONAL, association.defaultLanguage(),
                unique("Mothers in the back office"), "Not public.", false);
        for (String path : List.of("/admin", "/admin/articles", "/admin/pages", draft.address())) {
            office.get(path);
            assertNeverKept(office.get(path));
        }
        assertNeverKept(server.browser().get("/admin/login"));
    }

    /** A home and a news listing of every site, in its first language. */
    private static List<String> samples() {
        return sites.plugins().stream().map(p -> p.site())
                .flatMap(site -> Stream.of(site.url(site.defaultLanguage(), ""),
                        site.url(site.defaultLanguage(), "/news")))
                .toList();
    }

    private static void assertNeverKept(TestServer.Page page) {
        assertThat(page.status()).as(page.path()).isEqualTo(200);
        assertThat(page.header("ETag")).as(page.path()).isNull();
        assertThat(page.header("Last-Modified")).as(page.path()).isNull();
        assertThat(page.header("Cache-Control")).as(page.path()).isNotNull().containsAnyOf("no-store", "private");
    }

    private static void assertEncoding(String path, String accepted, String coding, byte[] identity)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = fetch(path, accepted);
        assertThat(answer.headers().firstValue("Vary")).as(accepted).contains("Accept-Encoding");
        assertThat(answer.headers().firstValue("Content-Encoding")).as(accepted)
                .isEqualTo(Optional.ofNullable(coding));
        byte[] body = answer.body();
        byte[] decoded = coding == null ? body : coding.equals("gzip")
                ? new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes()
                : Decoder.decompress(body).getDecompressedData();
        assertThat(decoded).as(accepted).isEqualTo(identity);
        assertThat(answer.headers().firstValueAsLong("Content-Length")).hasValue(body.length);
    }

    private static HttpResponse<byte[]> fetch(String path, String accepted) throws IOException, InterruptedException {
        return revalidate(path, accepted, null);
    }

    /** The page asked for in a coding, by a browser holding a copy with these tags if any. */
    private static HttpResponse<byte[]> revalidate(String path, String accepted, String tags)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path));
        if (accepted != null) {
            request.header("Accept-Encoding", accepted);
        }
        if (tags != null) {
            request.header("If-None-Match", tags);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
