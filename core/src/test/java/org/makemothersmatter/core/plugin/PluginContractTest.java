package org.makemothersmatter.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.SitePlugins;
import org.makemothersmatter.core.testkit.TestPlugin;
import org.makemothersmatter.core.testkit.TestServer;

/** What a plugin contributes reaches the visitor, through core, without core knowing the plugin. */
class PluginContractTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(new TestPlugins());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aPluginServesItsOwnPagesUnderItsPrefixInEachOfItsLanguages() {
        for (String language : List.of("en", "fr")) {
            TestServer.Page page = server.get("/testland/" + language + "/own");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("<html lang=\"" + language + "\"", "<h1>Our own page</h1>",
                    "A page only Testland has.", "<p class=\"site-name\"><a href=\"/testland/" + language + "/\">MMM Testland</a>");
        }
        assertThat(server.get("/testland/en/news").body()).as("in the site's navigation, in its language")
                .contains("<a href=\"/testland/en/own\">Our own page</a>");
        assertThat(server.get("/testland/fr/own").body())
                .contains("<a href=\"/testland/fr/own\" aria-current=\"page\">Notre page</a>");
        assertThat(server.get("/testnet/en/own").status()).isEqualTo(404);
        assertThat(server.get("/en/own").status()).isEqualTo(404);
    }

    @Test
    void aPluginTemplateReplacesCoreTemplateForItsSiteOnly() {
        assertThat(server.get("/testland/en/news").body())
                .contains("Testland lists its news its own way.", "Hello from Testland", "<h1>Testland news</h1>")
                .contains("<html lang=\"en\"", "<main id=\"main\"");
        assertThat(server.get("/en/news").body()).doesNotContain("Testland lists its news its own way.")
                .contains("<h1>News</h1>", "Hello from Testland");
    }

    @Test
    void aPluginReplacesCoresFooterAndArticleCardForItsSiteOnly() {
        String home = server.get("/testland/en/").body();
        assertThat(home).contains("Testland’s own footer.", "<article class=\"card testland-card\">",
                "Testland shows its cards its own way.").doesNotContain("footer.about");
        assertThat(server.get("/en/").body()).as("the network's own pages keep core's")
                .doesNotContain("Testland’s own footer.", "testland-card");
    }

    @Test
    void aPluginFillsABlockOfCoresFrameOnItsPagesOnlyInTheirLanguage() {
        assertThat(server.get("/testland/en/news").body()).contains("<div class=\"site-banner\">",
                "Join our spring appeal for mothers in Testland.").doesNotContain("site-aside", "site-prefooter");
        assertThat(server.get("/testland/fr/").body()).contains(
                "Rejoignez notre appel de printemps pour les mères de Testland.");
        assertThat(server.get("/en/news").body()).as("the network's pages").doesNotContain("site-banner");
    }

    @Test
    void aPluginsContentAndAssociationAreLoaded() {
        assertThat(server.get("/testland/fr/").body()).contains("MMM Testland", "A test association.",
                "Ce contenu n’est pas encore disponible en français.");
        assertThat(server.get("/en/national-mmm").body()).contains("<a href=\"/testland/en/\">MMM Testland</a>");
    }

    @Test
    void twoPluginsClaimingOneSiteStopTheStart() {
        AbstractModule twice = new AbstractModule() {
            @Override
            protected void configure() {
                install(new TestPlugins());
                SitePlugins.register(binder(), Duplicate.class);
            }
        };
        assertThatThrownBy(() -> TestServer.start(twice)).isInstanceOf(CreationException.class)
                .hasMessageContaining("Two plugins claim the same site code: [testland]");
    }

    static final class Duplicate extends TestPlugin {
        Duplicate() {
            super(new Site("testland", "Another Testland", List.of(Language.ENGLISH), false));
        }
    }
}
