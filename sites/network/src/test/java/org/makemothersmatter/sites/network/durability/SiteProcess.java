package org.makemothersmatter.sites.network.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.store.DatabaseSettings;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.sites.network.MainProcess;

/**
 * The network site as it runs in production: a JVM of its own ({@code java -cp ... Main}) over an H2 file in a
 * folder, started with a network administrator. It can be killed (SIGKILL) or stopped (SIGTERM), and started
 * again on the same folder. Its output goes to a file, shown when it does not start and, through
 * {@link SiteProcesses}, when a test fails.
 */
final class SiteProcess {

    static final String ADMIN_EMAIL = "admin@example.org";
    static final String ADMIN_PASSWORD = "a long and secret password";
    /** A first start loads every content file the site ships into an empty database. */
    private static final Duration START = Duration.ofSeconds(90);

    private final Process process;
    private final URI base;
    private final Path output;
    private final AdministratorsPhone phone;

    private SiteProcess(Process process, URI base, Path output, AdministratorsPhone phone) {
        this.process = process;
        this.base = base;
        this.output = output;
        this.phone = phone;
    }

    /** Starts the site over the database in {@code folder} and returns once it answers. */
    static SiteProcess start(Path folder, Path output) {
        int port = freePort();
        ProcessBuilder builder = MainProcess.of(List.of()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("DATABASE_URL", databaseUrl(folder));
        builder.environment().put("ADMIN_EMAIL", ADMIN_EMAIL);
        builder.environment().put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        try {
            SiteProcess site = new SiteProcess(builder.start(), URI.create("http://localhost:" + port), output,
                    AdministratorsPhone.of(folder));
            site.awaitAnswer();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database of a site that is not running, opened directly, with the settings the site opens it with. */
    static Jdbi database(Path folder) {
        DatabaseSettings settings = new DatabaseSettings(databaseUrl(folder), "sa", "");
        return Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password());
    }

    Browser browser() {
        return new Browser(base);
    }

    /** The phone of the network administrator of the database of this site. */
    AdministratorsPhone phone() {
        return phone;
    }

    /** kill -9: the process ends at once, whatever it was doing. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** Sends SIGTERM and returns at once. */
    void terminate() {
        process.destroy();
    }

    /** The exit code, once the process has ended within {@code bound}. */
    int awaitExit(Duration bound) {
        try {
            assertThat(process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS))
                    .as("the site ends within %s; its output:%n%s", bound, output()).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public String toString() {
        return "the site at " + base + " (output in " + output + ")";
    }

    private void awaitAnswer() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest probe = HttpRequest.newBuilder(base.resolve("/admin/login")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the site runs; its output:%n%s", output()).isTrue();
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet: it listens once the content is loaded.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofMillis(200));
        }
        process.destroyForcibly();
        throw new AssertionError("The site did not answer within " + START + "; its output:\n" + output());
    }

    private static String databaseUrl(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("mmm").toAbsolutePath();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
