package org.makemothersmatter.core.web.assets;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.decoder.Decoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.testkit.TestServer;
import org.makemothersmatter.core.web.cache.Compression;

/**
 * Every page links the shipped files it uses by addresses that change with their bytes, which browsers keep for a
 * year; the plain address and an outdated one still answer, but are checked again before each use.
 */
class AssetsTest {

    private static final Pattern LINKED = Pattern.compile("<link rel=\"(?:stylesheet|icon)\" href=\"([^\"]*)\"");
    private static final Pattern FINGERPRINTED = Pattern.compile("/assets/[a-z0-9-]+/.+\\.([0-9a-f]{8})\\.[a-z0-9]+");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static TestServer server;
    private static Assets assets;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestSites.module());
        assets = server.instance(Assets.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyPageLinksItsFilesByFingerprintedAddressesKeptForAYear() {
        Set<String> linked = new LinkedHashSet<>(linkedBy("/admin/login"));
        for (SitePlugin plugin : server.instance(Sites.class).plugins()) {
            Site site = plugin.site();
            for (Language language : site.languages()) {
                linked.addAll(linkedBy(site.url(language, "")));
                linked.addAll(linkedBy(site.url(language, "/no-such-page")));
            }
        }
        Map<String, String> fingerprints = new HashMap<>();
        for (String address : linked) {
            Matcher fingerprinted = FINGERPRINTED.matcher(address);
            assertThat(fingerprinted.matches()).as(address).isTrue();
            TestServer.Page file = server.get(address);
            assertThat(file.status()).as(address).isEqualTo(200);
            assertThat(file.header("Cache-Control")).as(address).isEqualTo(AssetHandler.IMMUTABLE);
            assertThat(file.header("ETag")).as(address).matches("\"[^\"]+\"");
            assertThat(file.header("X-Content-Type-Options")).as(address).isEqualTo("nosniff");
            if (address.endsWith(".css")) {
                assertThat(file.header("Content-Type")).as(address).isEqualTo("text/css;charset=utf-8");
            }
            TestServer.Page again = server.get(address, "If-None-Match", file.header("ETag"));
            assertThat(again.status()).as(address).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            String other = fingerprints.put(fingerprinted.group(1), file.body());
            assertThat(other).as("the same fingerprint for other bytes: " + address).isIn(null, file.body());
        }
        assertThat(linked).anyMatch(address -> address.startsWith("/assets/core/admin."))
                .anyMatch(address -> address.startsWith("/assets/core/site."));
        assertThat(fingerprints).as("each content its own fingerprint")
                .hasSize(Set.copyOf(fingerprints.values()).size());
    }

    @Test
    void aFileIsCompressedWhenTheBrowserTakesIt() throws Exception {
        String address = assets.url("/assets/core/site.css");
        TestServer.Page plain = server.get(address);
        assertThat(plain.header("Content-Encoding")).isNull();
        assertThat(plain.header("Vary")).isEqualTo("Accept-Encoding");

        HttpResponse<byte[]> gzip = getBytes(address, "gzip");
        assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gzip.headers().firstValue("Vary")).contains("Accept-Encoding");
        assertThat(gzip.headers().firstValue("Cache-Control")).contains(AssetHandler.IMMUTABLE);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
        }
        String gzipTag = gzip.headers().firstValue("ETag").orElseThrow();
        assertThat(gzipTag).as("another representation, another ETag").isNotEqualTo(plain.header("ETag"));
        assertThat(CLIENT.send(HttpRequest.newBuilder(server.uri(address)).header("Accept-Encoding", "gzip")
                .header("If-None-Match", gzipTag).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(304);

        if (Compression.BROTLI_AVAILABLE) {
            HttpResponse<byte[]> brotli = getBytes(address, "gzip, deflate, br");
            assertThat(brotli.headers().firstValue("Content-Encoding")).contains("br");
            assertThat(new String(Decoder.decompress(brotli.body()).getDecompressedData(), StandardCharsets.UTF_8))
                    .isEqualTo(plain.body());
        }
    }

    @Test
    void thePlainAddressStillAnswersTheFileButIsCheckedAgainBeforeEachUse() {
        String address = assets.url("/assets/core/site.css");
        TestServer.Page fingerprinted = server.get(address);
        TestServer.Page plain = server.get("/assets/core/site.css");
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.body()).isEqualTo(fingerprinted.body());
        assertThat(plain.header("ETag")).isEqualTo(fingerprinted.header("ETag"));
        assertThat(plain.header("Cache-Control")).isEqualTo(AssetHandler.REVALIDATE).doesNotContain("immutable");
        assertThat(server.get("/assets/core/site.css", "Host", "testland.example.org").status())
                .as("on every host").isEqualTo(200);
    }

    @Test
    void anOutdatedFingerprintAnswersTheFileAsItIsNowNotForAYear() {
        String address = assets.url("/assets/core/site.css");
        String fingerprint = address.substring(address.indexOf('.') + 1, address.lastIndexOf('.'));
        String outdated = address.replace(fingerprint, fingerprint.equals("00000000") ? "11111111" : "00000000");
        TestServer.Page file = server.get(outdated);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(server.get(address).body());
        assertThat(file.header("Cache-Control")).isEqualTo(AssetHandler.REVALIDATE);
    }

    @Test
    void whatIsNotAShippedFileIsNotFound() {
        for (String address : new String[] {"/assets/core/nothing.0123abcd.css", "/assets/core/nothing.css",
                "/assets/nowhere/site.css", "/assets/core/", "/assets/core/.hidden.css", "/assets/core/%2e%2e/x.css"}) {
            assertThat(server.get(address).status()).as(address).isIn(400, 404);
        }
    }

    @Test
    void aStylesheetLinksTheShippedFilesItUsesByTheirFingerprintedAddresses() {
        TestServer.Page css = server.get(assets.url("/assets/testland/fonts.css"));
        String font = assets.url("/assets/testland/fonts/body.woff2");
        assertThat(font).matches(FINGERPRINTED);
        assertThat(css.body()).contains("url(" + font + ")", "url(" + assets.url("/assets/testland/dot.svg") + "#dot)",
                "url('missing.png')", "url(data:image/gif;base64,R0lGODlhAQABAAAAACw=)",
                "url(https://images.example.org/dot.png)");
        TestServer.Page file = server.get(font);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).isEqualTo("font/woff2");
        assertThat(file.header("Cache-Control")).isEqualTo(AssetHandler.IMMUTABLE);
        assertThat(file.header("Vary")).as("compressed already").isNull();
    }

    private static Set<String> linkedBy(String page) {
        Matcher link = LINKED.matcher(server.get(page).body());
        Set<String> addresses = new LinkedHashSet<>();
        while (link.find()) {
            addresses.add(link.group(1));
        }
        assertThat(addresses).as(page).isNotEmpty();
        return addresses;
    }

    private static HttpResponse<byte[]> getBytes(String address, String acceptEncoding) throws IOException,
            InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(server.uri(address)).header("Accept-Encoding", acceptEncoding)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
