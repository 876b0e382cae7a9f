package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.plugin.Sites;
import org.makemothersmatter.core.settings.NetworkSettings;

/** The settings file of the assembly: its shipped defaults host every plugin; a bad setting stops the start. */
class StartupSettingsTest {

    @Test
    void theShippedSettingsHostEveryPluginAsItDeclaresItself() {
        NetworkSettings shipped = NetworkSettings.fromEnvironment(Map.of(), Main.class.getClassLoader(), Main.SETTINGS);
        assertThat(shipped.source()).isEqualTo("network.properties");
        assertThat(shipped.enabled()).isNull();
        assertThat(shipped.namedSites()).isEmpty();
        Sites sites = Main.injector(Map.of("DATABASE_URL", "jdbc:h2:mem:startup-settings")).getInstance(Sites.class);
        assertThat(sites.national()).extracting(s -> s.code())
                .containsExactly("belgium", "england", "france", "lebanon", "mali");
    }

    @Test
    void aBadSettingStopsTheServerWithAMessageNamingThePluginAndTheSetting(@TempDir Path folder) throws Exception {
        Path settings = folder.resolve("mmm.properties");
        Files.writeString(settings, "belgium.languages = fr, en\nbelgium.default-language = nl\n");
        Process process = start(settings);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(errors.strip()).isEqualTo("Cannot start: Setting belgium.default-language (plugin belgium) in "
                + settings + ": 'nl' is not one of the site's languages ([fr, en])");
    }

    @Test
    void aLanguageCoreDoesNotTranslateStartsAndTheStartSaysWhichStringsShowInEnglish(@TempDir Path folder)
            throws Exception {
        Path settings = folder.resolve("mmm.properties");
        Files.writeString(settings, "plugins = mali\nmali.languages = fr, ca\n");
        Process process = start(settings);
        try (BufferedReader errors = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            assertThat(errors.lines().filter(line -> line.contains("Site mali in ca")).findFirst())
                    .hasValueSatisfying(line -> assertThat(line).contains("UI strings are not translated and show in "
                            + "English").contains("messages/mali_ca.properties"));
        } finally {
            process.destroy();
        }
    }

    private static Process start(Path settings) throws IOException {
        return start(Map.of("SETTINGS_FILE", settings.toString(), "DATABASE_URL", "jdbc:h2:mem:bad-settings"));
    }

    /** The site's main class in a process of its own, as a newcomer starts it, with these variables. */
    static Process start(Map<String, String> env) throws IOException {
        ProcessBuilder builder = MainProcess.of(List.of());
        builder.environment().putAll(env);
        return builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
