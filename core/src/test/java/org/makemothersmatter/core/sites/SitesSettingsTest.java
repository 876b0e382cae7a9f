package org.makemothersmatter.core.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.settings.NetworkSettings;
import org.makemothersmatter.core.settings.SettingsException;
import org.makemothersmatter.core.testkit.TestPlugin;

/** The settings applied to the plugins shipped: what fits is applied, what does not stops the start. */
class SitesSettingsTest {

    private static final SitePlugin NETWORK = TestPlugin.of(new Site("testnet", "Test network", List.of(Language.ENGLISH), true));
    /** Has its own strings in English and French. */
    private static final SitePlugin TESTLAND = TestPlugin.of(new Site("testland", "MMM Testland",
            List.of(Language.ENGLISH, Language.FRENCH), false));
    private static final SitePlugin OTHERLAND = TestPlugin.of(new Site("otherland", "MMM Otherland",
            List.of(Language.FRENCH), false));

    @Test
    void theSettingsChooseThePluginsAndTheirLanguagesAndHosts() {
        Sites sites = sites("""
                plugins = testland
                testland.languages = fr, en
                testland.default-language = en
                testland.hosts = testland.example.org, www.testland.example
                testland.canonical-url = https://testland.example.org
                """, NETWORK, TESTLAND, OTHERLAND);
        assertThat(sites.plugins()).extracting(p -> p.site().code()).containsExactly("testnet", "testland");
        Site testland = sites.find("testland").orElseThrow();
        assertThat(testland.languages()).containsExactly(Language.ENGLISH, Language.FRENCH);
        assertThat(sites.byHost("www.testland.example")).contains(testland);
        assertThat(sites.byHost("otherland.example.org")).isEmpty();
        assertThat(sites.canonicalUrl(testland)).contains(URI.create("https://testland.example.org"));
        assertThat(sites.canonicalUrl(sites.network())).isEmpty();
    }

    @Test
    void withoutSettingsEveryPluginIsHostedAsItDeclaresItself() {
        Sites sites = new Sites(Set.of(NETWORK, TESTLAND, OTHERLAND), NetworkSettings.DEFAULTS);
        assertThat(sites.national()).containsExactly(OTHERLAND.site(), TESTLAND.site());
    }

    @Test
    void aSettingThatDoesNotFitItsPluginStopsTheStartNamingPluginAndSetting() {
        Map<String, String> bad = Map.of(
                "plugins = testland, elsewhere", "Setting plugins in test.properties: no plugin has the code "
                        + "'elsewhere'; the plugins shipped are otherland, testland, testnet",
                "testlnd.hosts = t.example.org", "Setting testlnd.* (plugin testlnd) in test.properties: no plugin has "
                        + "the code 'testlnd'",
                "otherland.default-language = en", "Setting otherland.default-language (plugin otherland) in "
                        + "test.properties: 'en' is not one of the site's languages ([fr])",
                "testland.hosts = same.example.org\notherland.hosts = same.example.org",
                "Setting testland.hosts (plugin testland) in test.properties: the host name same.example.org is "
                        + "claimed by otherland too",
                "testland.hosts = t.example.org\ntestland.canonical-url = https://example.org",
                "Setting testland.canonical-url (plugin testland) in test.properties: its host example.org is not "
                        + "one of testland.hosts [t.example.org]",
                "testnet.hosts = www.example.org", "Setting testnet.hosts (plugin testnet) in test.properties: the "
                        + "international site is reached at PUBLIC_URL");
        bad.forEach((text, message) -> assertThatThrownBy(() -> sites(text, NETWORK, TESTLAND, OTHERLAND)).as(text)
                .isInstanceOf(SettingsException.class).hasMessageStartingWith(message));
    }

    @Test
    void anyLanguageIsHostedWhetherOrNotCoreTranslatesIt() {
        Sites sites = sites("otherland.languages = fr, ca, pt-BR", NETWORK, OTHERLAND);
        assertThat(sites.find("otherland").orElseThrow().languages())
                .containsExactly(Language.FRENCH, Language.of("ca"), Language.of("pt-br"));
    }

    @Test
    void aPluginWhoseCodeCoreUsesOrThatLooksLikeALanguageStopsTheStartNamingIt() {
        for (String code : List.of("admin", "core", "es", "cat", "pt-br")) {
            SitePlugin plugin = TestPlugin.of(new Site(code, "MMM " + code, List.of(Language.ENGLISH), false));
            assertThatThrownBy(() -> sites("", NETWORK, plugin)).as(code)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Plugin " + plugin.getClass().getName() + ": the code '" + code + "'");
        }
    }

    private static Sites sites(String settings, SitePlugin... plugins) {
        try {
            return new Sites(Set.of(plugins), NetworkSettings.parse("test.properties", new StringReader(settings)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
