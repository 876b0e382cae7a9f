package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.content.ContentLoader;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.store.DatabaseSettings;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * Loading the content files is done once: the first start loads every file the sites ship, and a second load,
 * or a restart on the same database, adds nothing.
 */
class ContentLoadTest {

    @Test
    void loadingTwiceOrRestartingDuplicatesNothing(@TempDir Path folder) throws Exception {
        DatabaseSettings database = new DatabaseSettings("jdbc:h2:file:" + folder.resolve("db") + ";DB_CLOSE_DELAY=0",
                "sa", "");
        Map<String, Long> first;
        ShippedContent shipped;
        try (TestServer server = TestServer.start(database, new NetworkSite())) {
            shipped = ShippedContent.of(server);
            first = ShippedContent.rows(server.instance(Jdbi.class));
            assertThat(first).isEqualTo(shipped.expectedRows());
            assertThat(server.instance(ContentLoader.class).loadAll()).isZero();
            assertThat(ShippedContent.rows(server.instance(Jdbi.class))).isEqualTo(first);
        }
        assertThat(Files.list(folder).count()).isPositive();
        try (TestServer restarted = TestServer.start(database, new NetworkSite())) {
            assertThat(ShippedContent.rows(restarted.instance(Jdbi.class))).isEqualTo(first);
            for (Site site : shipped.sites()) {
                String news = site.url(site.defaultLanguage(), "/news");
                assertThat(restarted.get(news).status()).as(news).isEqualTo(200);
            }
        }
    }
}
