package org.makemothersmatter.core.example.spain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentEvents;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.sites.SitePlugins;
import org.makemothersmatter.core.testkit.TestNetworkSite;
import org.makemothersmatter.core.testkit.TestServer;

/** MMM Spain's events page, in Spanish and in Catalan, kept rendered until an event is added and announced. */
class EventsPageTest {

    private static final LocalDate SOON = LocalDate.now().plusDays(10);
    private static final LocalDate LATER = LocalDate.now().plusDays(40);
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(new TestNetworkSite(), SitePlugins.module(new SpainPlugin()));
        EventDao events = server.instance(EventDao.class);
        events.insert(LATER, "Barcelona", "Taller de crianza", "Taller de criança");
        events.insert(SOON, "Madrid", "Encuentro de madres", "Trobada de mares");
        events.insert(LocalDate.now().minusDays(3), "Sevilla", "Charla pasada", "Xerrada passada");
        server.instance(ContentEvents.class).changed(ContentChanged.on(SpainPlugin.CODE));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theComingEventsAreListedSoonestFirstInEachLanguageWithItsDatesAndPluralForms() {
        String catalan = server.get("/spain/ca/events").body();
        assertThat(catalan).contains("<html lang=\"ca\" dir=\"ltr\">", "<h1>Agenda de MMM Espanya</h1>",
                "2 activitats properes", ">Notícies</a>", date(SOON, "ca"));
        assertThat(catalan.indexOf("Trobada de mares")).isLessThan(catalan.indexOf("Taller de criança"));
        assertThat(catalan).doesNotContain("Xerrada passada", "Encuentro de madres");

        String spanish = server.get("/spain/es/events").body();
        assertThat(spanish).contains("<html lang=\"es\"", "<h1>Agenda de MMM España</h1>", "2 actividades próximas",
                "Encuentro de madres", date(LATER, "es"));
    }

    @Test
    void anEventAddedAndAnnouncedIsOnTheKeptPageAtOnce() {
        assertThat(server.get("/spain/es/events").body()).doesNotContain("Asamblea anual");
        server.instance(EventDao.class).insert(SOON.plusDays(1), "Valencia", "Asamblea anual", "Assemblea anual");
        server.instance(ContentEvents.class).changed(ContentChanged.on(SpainPlugin.CODE));
        assertThat(server.get("/spain/es/events").body()).contains("Asamblea anual", "3 actividades próximas");
        assertThat(server.get("/spain/ca/events").body()).contains("Assemblea anual", "3 activitats properes");
    }

    private static String date(LocalDate day, String language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Language.of(language).locale()).format(day);
    }
}
