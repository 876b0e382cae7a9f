package org.makemothersmatter.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.admin.AdminLanguage;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.Texts;

/** UI strings of a plugin's site, from core's files and the plugin's own, written here in a folder of the test. */
class MessagesTest {

    private static final Language CATALAN = Language.of("ca");
    private static final Language SPANISH = Language.of("es");

    @TempDir
    Path folder;

    @Test
    void aLanguageCoreDoesNotTranslateShowsThePluginsStringsAndCoresEnglishForTheRest() throws IOException {
        write("messages/iberia_ca.properties", "nav.news=Notícies\nevents.title=Agenda\n");
        write("messages/iberia_en.properties", "events.title=Events\nevents.lead=What is on\n");
        Site iberia = new Site("iberia", "MMM Iberia", List.of(SPANISH, CATALAN, Language.ENGLISH), false);
        Messages messages = new Messages(classLoader(), List.of(iberia));

        Texts catalan = messages.of(iberia, CATALAN);
        assertThat(catalan.get("nav.news")).isEqualTo("Notícies");
        assertThat(catalan.get("events.title")).isEqualTo("Agenda");
        assertThat(catalan.get("events.lead")).as("the plugin's English").isEqualTo("What is on");
        assertThat(catalan.get("news.readMore")).as("core's English").isEqualTo("Read more");
        assertThat(messages.of(iberia, SPANISH).get("news.readMore")).as("core's Spanish").isNotEqualTo("Read more");
        assertThat(messages.of(iberia, SPANISH).get("events.lead")).isEqualTo("What is on");
    }

    @Test
    void aStringOnlyTheDefaultLanguageHasIsShownInItRatherThanFailingThePage() throws IOException {
        write("messages/iberia_es.properties", "events.title=Agenda\n");
        Site iberia = new Site("iberia", "MMM Iberia", List.of(SPANISH, Language.ENGLISH), false);

        assertThat(new Messages(classLoader(), List.of(iberia)).of(iberia, Language.ENGLISH).get("events.title"))
                .isEqualTo("Agenda");
    }

    @Test
    void aNationalSiteIsNamedAsDeclaredUnlessItsStringsTranslateTheName() throws IOException {
        write("messages/iberia_ca.properties", "site.name=MMM Espanya\n");
        Site iberia = new Site("iberia", "MMM Iberia", List.of(SPANISH, CATALAN), false);
        Site network = new Site("network", "MMM", List.of(Language.ENGLISH, Language.FRENCH), true);
        Messages messages = new Messages(classLoader(), List.of(iberia, network));

        assertThat(messages.of(iberia, CATALAN).get(Messages.SITE_NAME)).isEqualTo("MMM Espanya");
        assertThat(messages.of(iberia, SPANISH).get(Messages.SITE_NAME)).isEqualTo("MMM Iberia");
        assertThat(messages.of(network, Language.FRENCH).get(Messages.SITE_NAME)).isEqualTo("Make Mothers Matter");
    }

    @Test
    void pluralFormsFollowTheLanguagesRules() throws IOException {
        String articles = "events.count={0, plural, one {# actividad} other {# actividades}}\n";
        write("messages/iberia_es.properties", articles);
        write("messages/iberia_ar.properties", "events.count={0, plural, zero {لا أنشطة} one {نشاط واحد} two {نشاطان} "
                + "few {# أنشطة} many {# نشاطًا} other {# نشاط}}\n");
        Language arabic = Language.of("ar");
        Site iberia = new Site("iberia", "MMM Iberia", List.of(SPANISH, arabic), false);
        Messages messages = new Messages(classLoader(), List.of(iberia));

        assertThat(messages.of(iberia, SPANISH).format("events.count", 1)).isEqualTo("1 actividad");
        assertThat(messages.of(iberia, SPANISH).format("events.count", 15_000)).isEqualTo("15.000 actividades");
        assertThat(messages.of(iberia, arabic).format("events.count", 2)).isEqualTo("نشاطان");
        assertThat(messages.of(iberia, arabic).format("events.count", 0)).isEqualTo("لا أنشطة");
    }

    @Test
    void aLanguageATeamAddsToTheBackOfficeIsOfferedItsGapsShownInEnglish() throws IOException {
        write("messages/admin_ca.properties", "menu.trash=Paperera\n");
        Messages messages = new Messages(classLoader(), List.of());
        AdminLanguage languages = new AdminLanguage(messages);

        assertThat(languages.choose(Optional.empty(), "ca-ES, es;q=0.8")).isEqualTo(CATALAN);
        assertThat(languages.choose(Optional.empty(), "sw, ca;q=0.5")).as("no strings in Swahili").isEqualTo(CATALAN);
        Texts catalan = messages.backOffice(CATALAN);
        assertThat(catalan.get("menu.trash")).isEqualTo("Paperera");
        assertThat(catalan.get("menu.audit")).as("the back office's English").isEqualTo("Audit log");
        assertThat(catalan.get("section.national")).as("core's English").isEqualTo("National news");
        assertThat(messages.backOffice(SPANISH).get("section.national")).as("core's Spanish")
                .isNotEqualTo("National news");
    }

    private void write(String resource, String text) throws IOException {
        Path file = folder.resolve(resource);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The test's folder first, then core's own files. */
    private ClassLoader classLoader() throws IOException {
        return new URLClassLoader(new URL[] {folder.toUri().toURL()}, getClass().getClassLoader());
    }
}
