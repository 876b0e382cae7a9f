package org.makemothersmatter.core.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor's browser against a {@link TestServer}, or any server at a base address: it keeps cookies, does not
 * follow redirects, and sends forms with the CSRF token of the last page it got, as a real browser sending a real
 * form would.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** The server's address, without a trailing slash: paths are added to it. */
    private final String base;
    /** The test server, whose database gives the key of an account's second factor; null for another server. */
    private final TestServer server;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String lastCsrf;
    private String lastGet;
    private String acceptLanguage;
    private String forwardedFor;

    public Browser(TestServer server) {
        this(server.uri(""), server);
    }

    public Browser(URI base) {
        this(base, null);
    }

    private Browser(URI base, TestServer server) {
        this.base = base.toString().replaceAll("/$", "");
        this.server = server;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** From now on, says with each request that its reader prefers these languages, as a browser set so does. */
    public Browser speaking(String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
        return this;
    }

    /** From now on, says with each request that it forwards it for this chain of clients, as a proxy does. */
    public Browser forwardedFor(String chain) {
        this.forwardedFor = chain;
        return this;
    }

    /**
     * Signs in through the form and returns the response of the form's submission; of a test server, as a person
     * with their phone would: the code of the second page when asked for, and two-factor sign-in set up when it
     * must be, with the key the page shows.
     */
    public TestServer.Page signIn(String email, String password) {
        get("/admin/login");
        TestServer.Page page = post("/admin/login", Map.of("email", email, "password", password));
        String location = page.status() == 303 ? page.header("Location") : "";
        if (server != null && location.startsWith("/admin/login/code")) {
            get(location);
            page = post("/admin/login/code", Map.of("code", SecondFactor.code(server, email), "next",
                    URLDecoder.decode(location.replaceFirst(".*next=", ""), StandardCharsets.UTF_8)));
        }
        if (server != null && page.status() == 303 && SecondFactor.mustSetUp(server, email)) {
            String secret = SecondFactor.secretIn(get(SecondFactor.SETUP).body());
            TestServer.Page done = post(SecondFactor.SETUP, Map.of("code", SecondFactor.code(secret)));
            if (done.status() != 200) {
                throw new IllegalStateException("Setting up two-factor sign-in of " + email + ": " + done.status());
            }
        }
        return page;
    }

    public TestServer.Page get(String path) {
        lastGet = path;
        return send(path, HttpRequest.newBuilder(uri(path)).GET());
    }

    /** The path of the last page got. */
    public String lastPath() {
        return lastGet;
    }

    /** Posts a form with the CSRF token of the last page seen. */
    public TestServer.Page post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        if (lastCsrf != null) {
            form.put("_csrf", lastCsrf);
        }
        form.putAll(fields);
        return postRaw(path, form);
    }

    /** Posts exactly these fields: no token is added. */
    public TestServer.Page postRaw(String path, Map<String, String> fields) {
        return postFields(path, List.copyOf(fields.entrySet()));
    }

    /** Posts exactly these fields, some of them given several times (the boxes ticked in a list). */
    public TestServer.Page postFields(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(path, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A file as a form's file field sends it. */
    public record FilePart(String field, String fileName, String contentType, byte[] content) {
    }

    /** Posts a multipart form (a form that sends a file) with the CSRF token of the last page seen. */
    public TestServer.Page postMultipart(String path, Map<String, String> fields, FilePart file) {
        Map<String, String> form = new LinkedHashMap<>();
        if (lastCsrf != null) {
            form.put("_csrf", lastCsrf);
        }
        form.putAll(fields);
        return postMultipartRaw(path, form, file);
    }

    /** Posts exactly these fields and this file as a multipart form: no token is added. */
    public TestServer.Page postMultipartRaw(String path, Map<String, String> fields, FilePart file) {
        String boundary = "----mmm-test-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file.content());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(path, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public TestServer.Page send(String path, HttpRequest.Builder request) {
        if (acceptLanguage != null) {
            request.setHeader("Accept-Language", acceptLanguage);
        }
        if (forwardedFor != null) {
            request.setHeader("X-Forwarded-For", forwardedFor);
        }
        try {
            TestServer.Page page = new TestServer.Page(path, client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString()));
            Matcher csrf = CSRF.matcher(page.body());
            if (csrf.find()) {
                lastCsrf = csrf.group(1);
            }
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String csrf() {
        return lastCsrf;
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
