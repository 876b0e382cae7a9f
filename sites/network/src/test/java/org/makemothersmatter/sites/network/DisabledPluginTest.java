package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.settings.NetworkSettings;
import org.makemothersmatter.core.store.DatabaseSettings;
import org.makemothersmatter.core.testkit.Crawler;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * A plugin the settings leave out: its site is gone, what it shared with the network stays readable without a
 * link to a page that no longer exists, and no page of the sites still hosted breaks.
 */
class DisabledPluginTest {

    @Test
    void whatADisabledPluginSharedStaysWithoutBrokenLinks() throws IOException {
        DatabaseSettings database = DatabaseSettings.inMemory("disabled-" + UUID.randomUUID());
        try (TestServer everyPlugin = TestServer.start(database, new NetworkSite())) {
            assertThat(everyPlugin.get("/belgium/fr/").status()).isEqualTo(200);
        }
        NetworkSettings onlyMali = NetworkSettings.parse("test settings", new StringReader("plugins = mali\n"));
        try (TestServer server = TestServer.start(database, onlyMali, new NetworkSite())) {
            Map<String, TestServer.Page> pages = Crawler.crawl(server, 2000, "/en/", "/fr/", "/mali/fr/");
            assertThat(pages.values()).allSatisfy(page -> assertThat(page.status()).as(page.path()).isEqualTo(200));
            assertThat(pages.keySet()).noneMatch(path -> path.startsWith("/belgium/") || path.startsWith("/france/"));
            assertThat(pages).containsKey("/mali/en/programmes");
            assertThat(server.get("/belgium/fr/").status()).isEqualTo(404);
            assertThat(server.get("/en/national-mmm").body()).as("MMM Belgium's consultation, shared with the network")
                    .contains("<a>Reconciling parenthood and work in Belgium – join the public consultation</a>")
                    .doesNotContain("href=\"/belgium/");
        }
    }
}
