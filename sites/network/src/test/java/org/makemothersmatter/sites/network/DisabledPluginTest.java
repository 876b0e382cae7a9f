package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.settings.NetworkSettings;
import org.makemothersmatter.core.store.DatabaseSettings;
import org.makemothersmatter.core.testkit.Crawler;
import org.makemothersmatter.core.testkit.TestServer;
import org.makemothersmatter.sites.network.ShippedContent.Story;

/**
 * A plugin the settings leave out: its site is gone, what it shared with the network stays readable without a
 * link to a page that no longer exists, and no page of the sites still hosted breaks.
 */
class DisabledPluginTest {

    @Test
    void whatADisabledPluginSharedStaysWithoutBrokenLinks() throws IOException {
        DatabaseSettings database = DatabaseSettings.inMemory("disabled-" + UUID.randomUUID());
        ShippedContent shipped;
        Story shared;
        Site kept;
        try (TestServer everyPlugin = TestServer.start(database, new NetworkSite())) {
            shipped = ShippedContent.of(everyPlugin);
            // The newest story an association shares: the national directory shows it, whatever else is shared.
            Optional<Story> newest = shipped.networkNews().stream().filter(story -> !story.site().network())
                    .findFirst();
            assumeTrue(newest.isPresent(), "no association shares a story with the network");
            shared = newest.get();
            // Kept: another association, one with pages of its own if any has some.
            Optional<Site> other = shipped.national().stream().filter(site -> !site.equals(shared.site()))
                    .max(Comparator.comparing(site -> shipped.navigation(site).size()));
            assumeTrue(other.isPresent(), "a second association to keep");
            kept = other.get();
            String home = shared.site().url(shared.site().defaultLanguage(), "");
            assertThat(everyPlugin.get(home).status()).as(home).isEqualTo(200);
        }
        NetworkSettings onlyKept = NetworkSettings.parse("test settings",
                new StringReader("plugins = " + kept.code() + "\n"));
        try (TestServer server = TestServer.start(database, onlyKept, new NetworkSite())) {
            Site network = shipped.network();
            List<String> starts = new ArrayList<>();
            for (Site site : List.of(network, kept)) {
                site.languages().forEach(language -> starts.add(site.url(language, "")));
            }
            Map<String, TestServer.Page> pages = Crawler.crawl(server, 100_000, starts.toArray(String[]::new));
            assertThat(pages.values()).allSatisfy(page -> assertThat(page.status()).as(page.path()).isEqualTo(200));
            List<String> left = shipped.national().stream().filter(site -> !site.equals(kept))
                    .map(site -> site.pathPrefix() + "/").toList();
            assertThat(pages.keySet()).noneMatch(path -> left.stream().anyMatch(path::startsWith));
            for (Language language : kept.languages()) {
                shipped.navigation(kept).forEach(entry -> assertThat(pages).containsKey(kept.url(language,
                        entry.path())));
            }
            Site disabled = shared.site();
            assertThat(server.get(disabled.url(disabled.defaultLanguage(), "")).status()).isEqualTo(404);
            for (Language language : network.languages()) {
                String directory = network.url(language, "/national-mmm");
                assertThat(Listing.unescaped(server.get(directory).body()))
                        .as(disabled.name() + "'s story, shared with the network")
                        .contains("<a>" + shared.title(language) + "</a>")
                        .doesNotContain("href=\"" + disabled.pathPrefix() + "/");
            }
        }
    }
}
