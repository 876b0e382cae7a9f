package org.makemothersmatter.sites.network.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.sites.network.MainProcess;

/**
 * Development mode as a team runs it: the site started over a copy of the project's sources, which the test edits
 * as a developer would; each edit shows on the next request, without a build or a restart.
 */
class DevelopmentModeTest {

    /** The project's folder: the tests run in sites/network. */
    private static final Path PROJECT = Path.of("../..").toAbsolutePath().normalize();
    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/assets/core/site\\.[0-9a-f]+\\.css)\"");

    @TempDir
    Path sources;

    @Test
    void anEditedTemplateStringOrStylesheetShowsOnTheNextRequest() throws Exception {
        copySources();
        Process site = start();
        try {
            int port = port(site);
            String home = "http://localhost:" + port + "/en/";
            assertThat(get(home)).contains("<footer").doesNotContain("data-edited");

            long started = System.nanoTime();
            edit("core/src/main/jte/core/footer.jte", "<footer", "<footer data-edited=\"template\"");
            assertThat(get(home)).contains("<footer data-edited=\"template\"");
            System.out.printf("An edited template showed %.0f ms after the edit%n", (System.nanoTime() - started) / 1e6);

            started = System.nanoTime();
            edit("core/src/main/resources/messages/core_en.properties", "nav.news=News", "nav.news=Stories");
            assertThat(get(home)).contains(">Stories</a>");
            System.out.printf("An edited string showed %.0f ms after the edit%n", (System.nanoTime() - started) / 1e6);

            String stylesheet = stylesheet(get(home));
            edit("core/src/main/resources/assets/core/site.css", ":root {", ":root { --edited: 1;");
            String edited = stylesheet(get(home));
            assertThat(edited).as("a new address for new bytes").isNotEqualTo(stylesheet);
            assertThat(get("http://localhost:" + port + edited)).contains("--edited: 1;");
        } finally {
            site.destroy();
        }
    }

    /** Core's and the plugins' templates and resources, where development mode reads them. */
    private void copySources() throws IOException {
        List<Path> folders = Stream.concat(Stream.of(PROJECT.resolve("core")), list(PROJECT.resolve("plugins")))
                .flatMap(module -> Stream.of(module.resolve("src/main/jte"), module.resolve("src/main/resources")))
                .filter(Files::isDirectory).toList();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                    Path copy = sources.resolve(PROJECT.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy);
                    }
                }
            }
        }
    }

    private static Stream<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList().stream();
        }
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = sources.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).as(file).contains(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private Process start() throws IOException {
        ProcessBuilder builder = MainProcess.of(List.of());
        builder.environment().put("DEV_SOURCES", sources.toString());
        builder.environment().put("DATABASE_URL", "jdbc:h2:mem:development");
        return builder.redirectErrorStream(true).start();
    }

    /** The port the site says it listens on. */
    private static int port(Process site) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(site.getInputStream(), StandardCharsets.UTF_8));
        String prefix = "Make Mothers Matter network site on port ";
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                // Keep reading what it prints, so that it never waits on a full pipe.
                Thread drain = new Thread(() -> out.lines().forEach(rest -> { }));
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(line.substring(prefix.length()).strip());
            }
        }
        throw new AssertionError("The site stopped before listening");
    }

    /** The address of core's stylesheet on a page. */
    private static String stylesheet(String page) {
        Matcher link = STYLESHEET.matcher(page);
        assertThat(link.find()).as("core's stylesheet linked").isTrue();
        return link.group(1);
    }

    private static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }
}
