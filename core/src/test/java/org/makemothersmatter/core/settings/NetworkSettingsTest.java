package org.makemothersmatter.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.model.Language;

/** The settings file: each value is read as documented, and a bad one is named with what is wrong with it. */
class NetworkSettingsTest {

    @Test
    void everySettingIsRead() throws IOException {
        NetworkSettings settings = parse("""
                plugins = belgium, france
                belgium.languages = fr, en, nl
                belgium.default-language = nl
                belgium.hosts = Belgium.Example.org, www.mmm-belgium.be
                belgium.canonical-url = https://belgium.example.org/
                """);
        assertThat(settings.enabled()).containsExactlyInAnyOrder("belgium", "france");
        SiteSettings belgium = settings.site("belgium");
        assertThat(belgium.languages()).containsExactly(Language.FRENCH, Language.ENGLISH, Language.of("nl"));
        assertThat(belgium.defaultLanguage()).isEqualTo(Language.of("nl"));
        assertThat(belgium.hosts()).containsExactly("belgium.example.org", "www.mmm-belgium.be");
        assertThat(belgium.canonicalUrl()).isEqualTo(URI.create("https://belgium.example.org"));
        assertThat(settings.site("france")).as("not named: the plugin's own declaration holds")
                .isEqualTo(new SiteSettings(null, null, List.of(), null));
        assertThat(settings.namedSites()).containsExactly("belgium");
    }

    @Test
    void nothingSaidMeansEveryPluginAsItDeclaresItself() throws IOException {
        NetworkSettings settings = parse("# only comments\n");
        assertThat(settings.enabled()).isNull();
        assertThat(settings.namedSites()).isEmpty();
        assertThat(parse("plugins =\n").enabled()).as("the international site alone").isEmpty();
    }

    @Test
    void aBadValueIsNamedWithItsSiteAndWhatIsWrong() {
        Map<String, String> bad = Map.of(
                "belgium.colour = red", "Setting belgium.colour (plugin belgium) in test.properties: unknown setting",
                "colour = red", "Setting colour in test.properties: unknown setting",
                "plugins = belgium, Mali!", "Setting plugins in test.properties: 'Mali!' is not a site code",
                "belgium.languages = fr, xx", "Setting belgium.languages (plugin belgium) in test.properties: 'xx' is "
                        + "not a language tag the locale data knows",
                "belgium.languages = fr, fr", "a language is named twice",
                "belgium.languages = ,", "a site publishes in one language at least",
                "mali.default-language = zz", "Setting mali.default-language (plugin mali)",
                "belgium.hosts = https://belgium.example.org", "'https://belgium.example.org' is not a host name",
                "belgium.canonical-url = belgium.example.org", "Setting belgium.canonical-url (plugin belgium) in "
                        + "test.properties: 'belgium.example.org' is not an address such as https://belgium.example.org",
                "belgium.canonical-url = https://example.org/belgium", "is not an address");
        bad.forEach((line, message) -> assertThatThrownBy(() -> parse(line)).as(line)
                .isInstanceOf(SettingsException.class).hasMessageContaining(message));
    }

    @Test
    void theFileNamedBySettingsFileReplacesTheShippedDefaults(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("mine.properties");
        Files.writeString(file, "plugins = mali\n");
        ClassLoader loader = getClass().getClassLoader();
        assertThat(NetworkSettings.fromEnvironment(Map.of("SETTINGS_FILE", file.toString()), loader, "none")
                .enabled()).isEqualTo(Set.of("mali"));
        assertThat(NetworkSettings.fromEnvironment(Map.of(), loader, "no-such.properties"))
                .isEqualTo(NetworkSettings.DEFAULTS);
        assertThatThrownBy(() -> NetworkSettings.fromEnvironment(
                Map.of("SETTINGS_FILE", folder.resolve("missing.properties").toString()), loader, "none"))
                .hasMessageContaining("SETTINGS_FILE names").hasMessageContaining("missing.properties, which does not exist");
    }

    private static NetworkSettings parse(String text) throws IOException {
        return NetworkSettings.parse("test.properties", new StringReader(text));
    }
}
