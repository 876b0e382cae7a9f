package org.makemothersmatter.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.TestImages;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * The headers of every answer, whoever makes it: the pages, the kept pages, the shipped files, the framework's
 * redirects and JSON, and the pages Jetty answers itself when it refuses a request before any route sees it.
 */
class ResponseHeadersTest {

    private static final String PASSWORD = "a long and secret password";
    private static final String HSTS = "max-age=31536000; includeSubDomains";
    private static TestServer https;
    private static TestServer http;

    @BeforeAll
    static void start() {
        https = TestServer.startAt("https://www.example.org", TestSites.module());
        http = TestServer.start(TestSites.module());
        TestSites.createTeam(http.instance(Accounts.class), PASSWORD);
    }

    @AfterAll
    static void stop() {
        https.close();
        http.close();
    }

    @Test
    void everyTextAnswerSaysItIsUtf8() {
        Browser editor = http.signedIn("editor@testland.org", PASSWORD);
        Map<String, TestServer.Page> answers = new LinkedHashMap<>();
        answers.put("a public page", http.get("/en/"));
        answers.put("the same page, kept", http.get("/en/"));
        answers.put("a missing page", http.get("/en/news/no-such-story"));
        answers.put("a back-office page", editor.get("/admin"));
        answers.put("a redirect", http.get("/admin"));
        answers.put("JSON", editor.get("/admin/media.json"));
        for (String file : List.of("site.css", "admin.js", "favicon.svg")) {
            answers.put(file, http.get("/assets/core/" + file));
        }
        answers.forEach((what, page) -> {
            assertThat(page.status()).as(what).isLessThan(500);
            assertThat(page.header("Content-Type")).as(what).isNotNull();
            assertThat(page.header("Content-Type").toLowerCase(Locale.ROOT).replace(" ", "")).as(what)
                    .endsWith(";charset=utf-8");
        });
        long image = TestImages.upload(editor, "A photo", TestImages.photo(800, 600));
        assertThat(http.get("/media/" + image + "/400").header("Content-Type")).as("an image is no text")
                .isEqualTo("image/jpeg");
    }

    @Test
    void aSiteServedOverHttpsTellsBrowsersToKeepToIt() throws IOException {
        for (TestServer.Page page : List.of(https.get("/en/"), https.get("/en/"), https.get("/assets/core/site.css"),
                https.get("/en/news/no-such-story"), https.get("/admin/login"), https.get("/admin"))) {
            assertThat(page.header("Strict-Transport-Security")).as(page.path()).isEqualTo(HSTS);
        }
        assertThat(refused(https, "GET /en/%zz HTTP/1.1\r\nHost: localhost\r\n").get("strict-transport-security"))
                .isEqualTo(HSTS);

        for (TestServer.Page page : List.of(http.get("/en/"), http.get("/assets/core/site.css"), http.get("/admin"))) {
            assertThat(page.header("Strict-Transport-Security")).as("plain HTTP " + page.path()).isNull();
        }
    }

    @Test
    void theRequestsJettyRefusesItselfGetTheSecurityHeadersAndAPageInUtf8() throws IOException {
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("400", "GET /en/%zz HTTP/1.1\r\nHost: localhost\r\n");
        requests.put("414", "GET /en/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n");
        requests.put("431", "GET /en/ HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(20_000) + "\r\n");
        for (Map.Entry<String, String> request : requests.entrySet()) {
            Map<String, String> answer = refused(http, request.getValue() + "Accept-Charset: iso-8859-1\r\n");
            assertThat(answer.get("status")).isEqualTo(request.getKey());
            assertThat(answer.get("content-type")).as(request.getKey()).isEqualTo("text/html;charset=utf-8");
            assertThat(answer.get("content-security-policy")).as(request.getKey()).contains("frame-ancestors 'none'");
            assertThat(answer.get("x-content-type-options")).as(request.getKey()).isEqualTo("nosniff");
            assertThat(answer.get("referrer-policy")).as(request.getKey()).isEqualTo("strict-origin-when-cross-origin");
        }
    }

    @Test
    void aHeadRequestIsAnsweredAsItsGetWithoutTheBody() {
        Browser editor = http.signedIn("editor@testland.org", PASSWORD);
        for (String path : List.of("/en/news", "/testland/fr/", "/testland/en/own", "/en/news/no-such-story",
                "/admin/login", "/admin", "/admin/media.json", "/media/999999/400", "/assets/core/site.css")) {
            TestServer.Page head = editor.send(path, HttpRequest.newBuilder(http.uri(path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()));
            TestServer.Page get = editor.get(path);
            assertThat(head.status()).as(path).isEqualTo(get.status());
            assertThat(head.header("Content-Type")).as(path).isEqualTo(get.header("Content-Type"));
            assertThat(head.header("Content-Security-Policy")).as(path).isNotNull();
            assertThat(head.body()).as(path).isEmpty();
        }
    }

    /**
     * Sends a request as it is written, which no HTTP client would send, and returns the answer's status (as
     * "status") and headers, their names in lower case.
     */
    private static Map<String, String> refused(TestServer server, String head) throws IOException {
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String[] lines = answer.substring(0, answer.indexOf("\r\n\r\n")).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("status", lines[0].split(" ")[1]);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            return headers;
        }
    }
}
