package org.makemothersmatter.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.makemothersmatter.core.Application;
import org.makemothersmatter.core.CoreModule;
import org.makemothersmatter.core.mail.MailSettings;
import org.makemothersmatter.core.settings.NetworkSettings;
import org.makemothersmatter.core.store.DatabaseSettings;
import org.makemothersmatter.core.web.WebServer;
import org.makemothersmatter.core.web.WebSettings;

/**
 * The real server, started on a free port over a real H2 database, with the given site modules, and an
 * HTTP client that talks to it over the network and does not follow redirects.
 */
public final class TestServer implements AutoCloseable {

    private final Injector injector;
    private final Application application;
    private final WebServer server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestServer(DatabaseSettings database, WebSettings web, NetworkSettings settings, MailSettings mail,
                       List<Module> sites) {
        this.injector = Guice.createInjector(Stream.concat(Stream.of(
                new CoreModule(database, web, settings, mail)), sites.stream()).toList());
        this.application = injector.getInstance(Application.class);
        this.server = application.start();
    }

    /** A server over a fresh in-memory database of its own. */
    public static TestServer start(Module... sites) {
        return start(DatabaseSettings.inMemory("test-" + UUID.randomUUID()), sites);
    }

    public static TestServer start(DatabaseSettings database, Module... sites) {
        return start(database, NetworkSettings.DEFAULTS, sites);
    }

    /** A server over a fresh in-memory database, its canonical and hreflang links built on this public address. */
    public static TestServer startAt(String publicUrl, Module... sites) {
        return startAt(publicUrl, MailSettings.NONE, sites);
    }

    /**
     * A server over a fresh in-memory database, its links built on this public address, that sends its mails through
     * this mail server (a {@link Mailbox}'s).
     */
    public static TestServer startAt(String publicUrl, MailSettings mail, Module... sites) {
        return new TestServer(DatabaseSettings.inMemory("test-" + UUID.randomUUID()), new WebSettings(0, publicUrl),
                NetworkSettings.DEFAULTS, mail, List.of(sites));
    }

    /**
     * A server over a fresh in-memory database that takes the word of these proxies on the clients they forward, as
     * TRUSTED_PROXIES has it: the tests' requests come from 127.0.0.1.
     */
    public static TestServer trusting(String proxies, Module... sites) {
        return new TestServer(DatabaseSettings.inMemory("test-" + UUID.randomUUID()),
                new WebSettings(0, "http://localhost").trusting(proxies), NetworkSettings.DEFAULTS, MailSettings.NONE,
                List.of(sites));
    }

    /** A server over a fresh in-memory database, its sites as the settings have them. */
    public static TestServer start(NetworkSettings settings, Module... sites) {
        return start(DatabaseSettings.inMemory("test-" + UUID.randomUUID()), settings, sites);
    }

    public static TestServer start(DatabaseSettings database, NetworkSettings settings, Module... sites) {
        return new TestServer(database, new WebSettings(0, "http://localhost"), settings, MailSettings.NONE,
                List.of(sites));
    }

    public <T> T instance(Class<T> type) {
        return injector.getInstance(type);
    }

    /** The addresses the server answers: see {@link WebServer#routes}. */
    public List<String> routes() {
        return server.routes();
    }

    public int port() {
        return server.port();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port() + path);
    }

    public Browser browser() {
        return new Browser(this);
    }

    /** A browser signed in to the back office with this account; the sign-in must succeed. */
    public Browser signedIn(String email, String password) {
        Browser browser = browser();
        assertThat(browser.signIn(email, password).status()).as("signing in " + email).isEqualTo(303);
        return browser;
    }

    public Page get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return new Page(path, client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops as the site does: the requests under way finish, then the background tasks end, then the pool closes. */
    @Override
    public void close() {
        application.stop();
    }

    /** A response as a visitor's browser gets it. */
    public record Page(String path, HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return path + " → " + status();
        }
    }
}
