package org.makemothersmatter.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.CoreModule;
import org.makemothersmatter.core.mail.MailSettings;
import org.makemothersmatter.core.settings.NetworkSettings;
import org.makemothersmatter.core.store.DatabaseSettings;
import org.makemothersmatter.core.testkit.TestServer;
import org.makemothersmatter.core.web.WebSettings;

/**
 * The index beside the database is rebuilt at start when its folder is gone, or when it is behind the database; and
 * by the command, while the site is stopped.
 */
class SearchRebuildTest {

    @TempDir
    Path data;

    @Test
    void theIndexIsRebuiltAtStartWhenMissingOrBehind() throws IOException {
        DatabaseSettings database = new DatabaseSettings("jdbc:h2:file:" + data.resolve("mmm"), "sa", "");
        try (TestServer server = TestServer.start(database, new SearchSites())) {
            assertThat(titles(server, "platypus")).isEmpty();
            new SearchSites.Newsroom(server).article(SearchSites.NETWORK, "en", "Platypus patrol", "Platypus news.");
            SearchSites.within(Duration.ofSeconds(1), () -> server.get("/en/search?q=platypus"),
                    body -> body.contains("patrol"));
        }
        Path index = data.resolve("search");
        assertThat(index).isDirectory();
        try (Stream<Path> files = Files.walk(index)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        try (TestServer server = TestServer.start(database, new SearchSites())) {
            assertThat(titles(server, "platypus")).containsExactly("Platypus patrol");
        }

        // Written while this server was stopped by another process, which logged its change as every process does.
        Jdbi other = Jdbi.create(database.jdbcUrl(), database.user(), database.password());
        other.useTransaction(handle -> {
            handle.createUpdate("UPDATE article_translation SET title = 'Echidna patrol' WHERE title = 'Platypus patrol'")
                    .execute();
            handle.createUpdate("INSERT INTO content_change (process, sites, items, changed_at) "
                    + "VALUES ('another process', '', '', :at)").bind("at", Instant.now()).execute();
        });
        try (TestServer server = TestServer.start(database, new SearchSites())) {
            assertThat(titles(server, "echidna")).containsExactly("Echidna patrol");
        }

        // The command, while the site is stopped.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = SearchRebuildCommand.run(List.of(), () -> Guice.createInjector(new CoreModule(database,
                new WebSettings(0, "http://localhost"), NetworkSettings.DEFAULTS, MailSettings.NONE),
                new SearchSites()), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Search index rebuilt: 1 documents in ")
                .contains(index.toString());
        try (TestServer server = TestServer.start(database, new SearchSites())) {
            assertThat(titles(server, "echidna")).containsExactly("Echidna patrol");
        }
    }

    private static List<String> titles(TestServer server, String query) {
        TestServer.Page page = server.get("/en/search?q=" + query);
        assertThat(page.status()).isEqualTo(200);
        return Jsoup.parse(page.body()).select(".search-results h2").eachText();
    }
}
