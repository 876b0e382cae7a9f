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
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.content.ContentFile;
import org.makemothersmatter.core.content.Slugs;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.sites.network.MainProcess;

/**
 * Development mode as a team runs it: the site started over a copy of the project's sources, which the test edits
 * as a developer would; each edit shows on the next request, without a build or a restart (content files a moment
 * later: they are looked for every 300 ms).
 */
class DevelopmentModeTest {

    /** The project's folder: the tests run in sites/network. */
    private static final Path PROJECT = Path.of("../..").toAbsolutePath().normalize();
    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/assets/core/site\\.[0-9a-f]+\\.css)\"");
    /** How long a content file may take to show: far more than it does, so that a slow machine passes. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    Path sources;
    /** What the site prints once it listens. */
    private final Queue<String> output = new ConcurrentLinkedQueue<>();

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

    @Test
    void anEditedOrNewContentFileShowsAtTheNextRefresh() throws Exception {
        copySources();
        Shown story = shown(aFile("news"));
        Shown page = shown(aFile("pages"));
        Process site = start();
        try {
            String address = "http://localhost:" + port(site);
            assertThat(get(address + story.url())).doesNotContain("Edited while the site runs");
            assertThat(get(address + page.url())).doesNotContain("Edited while the site runs");

            long saved = System.nanoTime();
            append(story.file(), "Edited while the site runs: a story.");
            eventually(address + story.url(), "Edited while the site runs: a story.");
            System.out.printf("An edited story showed %.0f ms after it was saved%n", (System.nanoTime() - saved) / 1e6);

            saved = System.nanoTime();
            append(page.file(), "Edited while the site runs: a page.");
            eventually(address + page.url(), "Edited while the site runs: a page.");
            System.out.printf("An edited page showed %.0f ms after it was saved%n", (System.nanoTime() - saved) / 1e6);

            // A new story beside it: the newest of its site.
            Path written = story.file().getParent().resolveSibling(LocalDate.now() + "-written-while-the-site-runs")
                    .resolve(story.language() + ".md");
            Files.createDirectories(written.getParent());
            saved = System.nanoTime();
            save(written, "---\ntitle: \"Written while the site runs\"\n---\nA story new to the site.\n");
            String newStory = story.url().substring(0, story.url().lastIndexOf('/')) + "/written-while-the-site-runs";
            eventually(address + newStory, "A story new to the site.");
            System.out.printf("A new story showed %.0f ms after it was saved%n", (System.nanoTime() - saved) / 1e6);
            assertThat(get(address + newStory.substring(0, newStory.lastIndexOf('/')))).as("its site's news")
                    .contains("Written while the site runs");

            // Saved half written: one line says what is wrong, the site shows what it showed; the next save shows.
            String edited = Files.readString(story.file(), StandardCharsets.UTF_8);
            save(story.file(), "---\ntitle: [unclosed\n---\nHalf written.\n");
            String folder = sources.relativize(story.file().getParent()).toString();
            String complaint = eventually("a complaint about " + folder, () -> output.stream()
                    .filter(line -> line.contains(folder) && line.contains("not loaded again")).findFirst());
            assertThat(complaint).contains(story.language() + ".md").contains("YAML");
            assertThat(get(address + story.url())).contains("Edited while the site runs: a story.");
            save(story.file(), edited.replace("Edited while the site runs: a story.", "Written again."));
            eventually(address + story.url(), "Written again.");
            assertThat(output).as("one line for the half-written file")
                    .filteredOn(line -> line.contains(folder) && line.contains("not loaded again")).hasSize(1);
        } finally {
            site.destroy();
        }
    }

    /** A content file, and the address of the page its national site shows it on. */
    private record Shown(Path file, String language, String url) {
    }

    /**
     * The first content file of the kind ({@code news}, {@code pages}) that a plugin ships, whatever plugin and file
     * that is: a plugin's site is a national one, whose items are at {@code /<site>/<language>/<kind>/<slug>}.
     */
    private Path aFile(String kind) throws IOException {
        PathMatcher item = FileSystems.getDefault()
                .getPathMatcher("glob:plugins/*/src/main/resources/content/*/" + kind + "/*/*.md");
        try (Stream<Path> files = Files.walk(sources.resolve("plugins"))) {
            return files.filter(file -> item.matches(sources.relativize(file))).sorted().findFirst()
                    .orElseThrow(() -> new AssertionError("No plugin ships " + kind + ": this test needs one"));
        }
    }

    /** Where a national site shows an item's file: its slug is the one it names, else one made from its title. */
    private Shown shown(Path file) throws IOException {
        Path relative = sources.relativize(file);
        String site = relative.getName(6).toString();
        String kind = relative.getName(7).toString();
        String language = file.getFileName().toString().replace(".md", "");
        ContentFile content = ContentFile.parse(relative.toString(), Language.find(language).orElseThrow(),
                Files.readString(file, StandardCharsets.UTF_8));
        String title = content.required("title");
        String slug = content.field("slug").orElseGet(() -> Slugs.of(title));
        return new Shown(file, language, "/" + site + "/" + language + "/" + kind + "/" + slug);
    }

    /** Adds a paragraph at the end of a content file's body. */
    private static void append(Path file, String paragraph) throws IOException {
        save(file, Files.readString(file, StandardCharsets.UTF_8).stripTrailing() + "\n\n" + paragraph + "\n");
    }

    /**
     * Saves a file whole, as many editors do (written aside, then renamed): the site never reads a file half saved,
     * so the only file it complains of is the one the test writes wrong on purpose.
     */
    private static void save(Path file, String text) throws IOException {
        Path aside = file.resolveSibling("." + file.getFileName() + ".saving");
        Files.writeString(aside, text, StandardCharsets.UTF_8);
        Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The page once it shows the text, asked for again and again as a developer refreshes their browser. */
    private static String eventually(String url, String text) throws Exception {
        return eventually(url + " showing \"" + text + "\"", () -> {
            HttpResponse<String> response = send(url);
            return response.statusCode() == 200 && response.body().contains(text) ? Optional.of(response.body())
                    : Optional.empty();
        });
    }

    private static <T> T eventually(String what, Check<T> check) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (Optional<T> found = check.run(); ; found = check.run()) {
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No " + what + " after " + PATIENCE.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }

    private interface Check<T> {
        Optional<T> run() throws Exception;
    }

    /** Core's, the plugins' and the assemblies' templates and resources, where development mode reads them. */
    private void copySources() throws IOException {
        List<Path> folders = Stream.of(Stream.of(PROJECT.resolve("core")), list(PROJECT.resolve("plugins")),
                        list(PROJECT.resolve("sites"))).flatMap(modules -> modules)
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
    private int port(Process site) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(site.getInputStream(), StandardCharsets.UTF_8));
        String prefix = "Make Mothers Matter network site on port ";
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                // Keep reading what it prints, so that it never waits on a full pipe.
                Thread drain = new Thread(() -> out.lines().forEach(output::add));
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
        HttpResponse<String> response = send(url);
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> send(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
