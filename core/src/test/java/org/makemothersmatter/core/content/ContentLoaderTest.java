package org.makemothersmatter.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * Content files are initial content: once the database has a text, a file never replaces it nor stops the start.
 * Development mode is the exception: there an item is loaded again as its files are edited.
 */
class ContentLoaderTest {

    @TempDir
    Path sources;

    @Test
    void aPageFileArrivingAfterTheTeamWroteThePageLeavesTheirTextAlone() {
        try (TestServer server = TestServer.start(TestSites.module())) {
            Jdbi jdbi = server.instance(Jdbi.class);
            // As if the team had written the page in the back office before the file shipped.
            jdbi.useHandle(h -> {
                h.createUpdate("UPDATE page_translation SET body_markdown = 'Written by the team' WHERE title = 'Advocacy'")
                        .execute();
                h.createUpdate("DELETE FROM content_import WHERE content_key LIKE '%2-advocacy%'").execute();
            });
            assertThat(server.instance(ContentLoader.class).loadAll()).as("the file is seen, marked, not applied")
                    .isEqualTo(1);
            String text = jdbi.withHandle(h -> h.createQuery(
                    "SELECT body_markdown FROM page_translation WHERE title = 'Advocacy'").mapTo(String.class).one());
            assertThat(text).isEqualTo("Written by the team");
        }
    }

    @Test
    void anItemLoadedAgainReplacesItsTextsAndThePagesThatShowedThem() throws IOException {
        try (TestServer server = TestServer.start(TestSites.module())) {
            ContentLoader loader = server.instance(ContentLoader.class);
            Jdbi jdbi = server.instance(Jdbi.class);
            assertThat(server.get("/testland/en/news/hello-from-testland").body()).as("a page kept rendered")
                    .contains("A first story.");

            write("content/testland/news/2024-01-02-hello/en.md", "Hello again from Testland", "Told again.");
            write("content/testland/news/2024-01-02-hello/fr.md", "Bonjour de Testland", "Une traduction.");
            assertThat(loader.reload(sources(), "content/testland/news/2024-01-02-hello")).isTrue();

            assertThat(server.get("/testland/en/news/hello-from-testland").header("Location"))
                    .as("the old address leads to the new title's")
                    .isEqualTo("/testland/en/news/hello-again-from-testland");
            assertThat(server.get("/testland/en/news/hello-again-from-testland").body()).contains("Told again.");
            assertThat(server.get("/testland/fr/news/bonjour-de-testland").body()).contains("Une traduction.");
            int noted = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM content_import"
                    + " WHERE content_key = 'testland/news/2024-01-02-hello/fr'").mapTo(Integer.class).one());
            assertThat(noted).as("the new file noted as loaded").isOne();

            // The files are the truth: a text the team wrote gives way too.
            jdbi.useHandle(h -> h.createUpdate("UPDATE page_translation SET body_markdown = 'Written by the team'"
                    + " WHERE title = 'Advocacy'").execute());
            write("content/testnet/pages/2-advocacy/en.md", "Advocacy", "Told again.");
            loader.reload(sources(), "content/testnet/pages/2-advocacy");
            String text = jdbi.withHandle(h -> h.createQuery(
                    "SELECT body_markdown FROM page_translation WHERE title = 'Advocacy'").mapTo(String.class).one());
            assertThat(text).isEqualTo("Told again.");
        }
    }

    @Test
    void aTranslationPublishedOnAnotherDaySaysSoAndShowsItsOwnDate() throws IOException {
        try (TestServer server = TestServer.start(TestSites.module())) {
            write("content/testland/news/2024-01-02-hello/en.md", "Hello from Testland", "A first story.");
            write("content/testland/news/2024-01-02-hello/fr.md", "Bonjour de Testland", "date: 2024-01-05",
                    "Une traduction.");
            assertThat(server.instance(ContentLoader.class).reload(sources(), "content/testland/news/2024-01-02-hello"))
                    .isTrue();
            assertThat(server.get("/testland/fr/news/bonjour-de-testland").body())
                    .contains("<time datetime=\"2024-01-05\">");
            assertThat(server.get("/testland/en/news/hello-from-testland").body()).as("the article's date")
                    .contains("<time datetime=\"2024-01-02\">");

            write("content/testland/news/2024-01-02-hello/fr.md", "Bonjour de Testland", "date: le 5 janvier",
                    "Une traduction.");
            assertThatThrownBy(() -> server.instance(ContentLoader.class).reload(sources(),
                    "content/testland/news/2024-01-02-hello")).isInstanceOf(ContentException.class)
                    .hasMessageContaining("fr").hasMessageContaining("2024-05-30");
        }
    }

    @Test
    void aFileThatCannotBeLoadedChangesNothingOfItsItem() throws IOException {
        try (TestServer server = TestServer.start(TestSites.module())) {
            ContentLoader loader = server.instance(ContentLoader.class);
            write("content/testland/news/2024-01-02-hello/en.md", "Hello again from Testland", "Told again.");
            write("content/testland/news/2024-01-02-hello/xx.md", "In no language", "Nothing.");

            assertThatThrownBy(() -> loader.reload(sources(), "content/testland/news/2024-01-02-hello"))
                    .isInstanceOf(ContentException.class).hasMessageContaining("xx.md");
            assertThat(server.get("/testland/en/news/hello-from-testland").body()).contains("A first story.");
            assertThat(loader.reload(sources(), "content/nowhere/news/2024-01-02-hello")).as("no site hosted")
                    .isFalse();
        }
    }

    private void write(String file, String title, String body) throws IOException {
        write(file, title, "", body);
    }

    /** A content file with its title and other lines of its head, such as "date: 2024-01-05". */
    private void write(String file, String title, String head, String body) throws IOException {
        Path path = sources.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "---\ntitle: \"" + title + "\"\n" + (head.isEmpty() ? "" : head + "\n") + "---\n"
                + body + "\n", StandardCharsets.UTF_8);
    }

    /** The content files written, as development mode reads the source folders. */
    private ContentSource sources() throws IOException {
        return new ContentSource(new URLClassLoader(new URL[] {sources.toUri().toURL()}, null));
    }
}
