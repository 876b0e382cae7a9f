package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.content.ContentLoader;
import org.makemothersmatter.core.store.DatabaseSettings;
import org.makemothersmatter.core.testkit.TestServer;

/** Loading the content files is done once: a second load, or a restart on the same database, adds nothing. */
class ContentLoadTest {

    private static final List<String> TABLES = List.of("article", "article_translation", "page", "page_translation",
            "association", "association_translation", "delegation", "delegation_translation", "content_import");

    @Test
    void loadingTwiceOrRestartingDuplicatesNothing(@TempDir Path folder) throws Exception {
        DatabaseSettings database = new DatabaseSettings("jdbc:h2:file:" + folder.resolve("db") + ";DB_CLOSE_DELAY=0",
                "sa", "");
        List<Long> first;
        try (TestServer server = TestServer.start(database, new NetworkSite())) {
            first = counts(server.instance(Jdbi.class));
            assertThat(first.get(0)).as("articles").isEqualTo(35);
            assertThat(first.get(1)).as("article translations").isEqualTo(37);
            assertThat(first.get(4)).as("associations").isEqualTo(5);
            assertThat(first.get(6)).as("delegations").isEqualTo(3);
            assertThat(server.instance(ContentLoader.class).loadAll()).isZero();
            assertThat(counts(server.instance(Jdbi.class))).isEqualTo(first);
        }
        assertThat(Files.list(folder).count()).isPositive();
        try (TestServer restarted = TestServer.start(database, new NetworkSite())) {
            assertThat(counts(restarted.instance(Jdbi.class))).isEqualTo(first);
            assertThat(restarted.get("/belgium/fr/news").status()).isEqualTo(200);
        }
    }

    private static List<Long> counts(Jdbi jdbi) {
        return jdbi.withHandle(handle -> TABLES.stream()
                .map(table -> handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one())
                .toList());
    }
}
