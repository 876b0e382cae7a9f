package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.settings.NetworkSettings;
import org.makemothersmatter.core.sites.Sites;

/** The settings file of the assembly: its shipped defaults host every plugin; a bad setting stops the start. */
class StartupSettingsTest {

    @Test
    void theShippedSettingsHostEveryPluginAsItDeclaresItself() {
        NetworkSettings shipped = NetworkSettings.fromEnvironment(Map.of(), Main.class.getClassLoader(), Main.SETTINGS);
        assertThat(shipped.source()).isEqualTo("network.properties");
        assertThat(shipped.enabled()).isNull();
        assertThat(shipped.namedSites()).isEmpty();
        Injector injector = Main.injector(Map.of("DATABASE_URL", "jdbc:h2:mem:startup-settings"));
        assertThat(injector.getInstance(Sites.class).national()).containsExactlyElementsOf(declared(injector));
    }

    @Test
    void aMailServerWithoutASenderStopsTheStartWithItsReason() {
        assertThatThrownBy(() -> Main.injector(Map.of("DATABASE_URL", "jdbc:h2:mem:startup-mail",
                "SMTP_HOST", "smtp.example.org"))).satisfies(failure -> assertThat(Main.reason(failure))
                .isEqualTo("SMTP_HOST is set: SMTP_FROM must give the address notifications are sent from, such as "
                        + "\"MMM network <noreply@example.org>\""));
    }

    @Test
    void aTrustedProxyNamedOtherwiseThanByItsAddressStopsTheStart() {
        assertThatThrownBy(() -> Main.injector(Map.of("DATABASE_URL", "jdbc:h2:mem:startup-proxies",
                "TRUSTED_PROXIES", "127.0.0.1, proxy.example.org"))).satisfies(failure -> assertThat(
                Main.reason(failure)).isEqualTo(
                "TRUSTED_PROXIES: 'proxy.example.org' is not an address nor a range such as 10.0.0.0/8"));
        assertThatThrownBy(() -> Main.injector(Map.of("DATABASE_URL", "jdbc:h2:mem:startup-proxies",
                "TRUSTED_PROXIES", "10.0.0.0/33"))).satisfies(failure -> assertThat(Main.reason(failure))
                .contains("'10.0.0.0/33'"));
    }

    @Test
    void aBadSettingStopsTheServerWithAMessageNamingThePluginAndTheSetting(@TempDir Path folder) throws Exception {
        Site site = aNationalSite();
        // A language of the world the site does not publish in.
        Optional<Language> other = Stream.of("de", "sw", "ja", "fi").map(Language::of)
                .filter(language -> !site.publishesIn(language)).findFirst();
        assumeTrue(other.isPresent(), site.code() + " publishes in every language tried");
        String code = site.code();
        String languages = site.languages().stream().map(Language::code).collect(Collectors.joining(", "));
        Path settings = folder.resolve("mmm.properties");
        Files.writeString(settings, code + ".languages = " + languages + "\n" + code + ".default-language = "
                + other.get().code() + "\n");
        Process process = start(settings);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(errors.strip()).isEqualTo("Cannot start: Setting " + code + ".default-language (plugin " + code
                + ") in " + settings + ": '" + other.get().code() + "' is not one of the site's languages (["
                + languages + "])");
    }

    @Test
    void aLanguageCoreDoesNotTranslateStartsAndTheStartSaysWhichStringsShowInEnglish(@TempDir Path folder)
            throws Exception {
        String catalan = "ca";
        assumeTrue(Main.class.getClassLoader().getResource("messages/core_ca.properties") == null,
                "core translates Catalan now: choose another language it lacks");
        Site site = aNationalSite();
        Path settings = folder.resolve("mmm.properties");
        Files.writeString(settings, "plugins = " + site.code() + "\n" + site.code() + ".languages = "
                + site.defaultLanguage().code() + ", " + catalan + "\n");
        Process process = start(settings);
        try (BufferedReader errors = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            assertThat(errors.lines().filter(line -> line.contains("Site " + site.code() + " in " + catalan))
                    .findFirst()).hasValueSatisfying(line -> assertThat(line)
                    .contains("UI strings are not translated and show in English")
                    .contains("messages/" + site.code() + "_" + catalan + ".properties"));
        } finally {
            process.destroy();
        }
    }

    /** The national associations' sites as the plugins on the classpath declare them, by code. */
    private static List<Site> declared(Injector injector) {
        return injector.getInstance(Key.get(new TypeLiteral<Set<SitePlugin>>() { })).stream().map(SitePlugin::site)
                .filter(site -> !site.network()).sorted(Comparator.comparing(Site::code)).toList();
    }

    /** A national association's site, as its plugin declares it. */
    private static Site aNationalSite() {
        List<Site> declared = declared(Main.injector(Map.of("DATABASE_URL", "jdbc:h2:mem:startup-settings-"
                + UUID.randomUUID())));
        assumeFalse(declared.isEmpty(), "no national association's plugin on the classpath");
        return declared.get(0);
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
