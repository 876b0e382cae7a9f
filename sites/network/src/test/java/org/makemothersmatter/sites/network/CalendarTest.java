package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.content.ContentItem;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentEvents;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.testkit.SchemaOrg;
import org.makemothersmatter.core.testkit.TestServer;
import org.makemothersmatter.sites.network.ShippedContent.Story;

/**
 * The calendars: each site's events and the network's of every site, upcoming then past, each event's page with
 * the news that name it, and the same as iCalendar, read back with biweekly, on their days and hours in their zone.
 */
class CalendarTest extends NetworkSiteTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachShippedEventIsListedAndHasItsPageWithItsNewsAndItsDays() throws Exception {
        for (Site site : shipped.sites()) {
            for (ContentItem event : shipped.events(site)) {
                LocalDate starts = LocalDate.parse(event.shared("starts").orElseThrow());
                LocalDate ends = event.shared("ends").map(LocalDate::parse).orElse(starts);
                List<Story> news = shipped.news(site).stream()
                        .filter(story -> story.item().shared("event").equals(Optional.of(event.folder()))).toList();
                for (Language language : site.languages()) {
                    String title = ShippedContent.shown(site, event, language).required("title");
                    String path = site.url(language, "/calendar/" + ShippedContent.slug(
                            ShippedContent.shown(site, event, language)));
                    for (String calendar : List.of(site.url(language, "/calendar"),
                            shipped.network().url(shipped.network().shownIn(language), "/calendar"))) {
                        String html = text(calendar);
                        assertThat(html).as(calendar).contains(title);
                        // Listed among the past events once over, else among those to come.
                        String past = shipped.texts(site, language).get("calendar.past");
                        assertThat(html.indexOf(title) > html.indexOf(past) && html.contains(past)).as(calendar)
                                .isEqualTo(ends.isBefore(LocalDate.now(ZoneOffset.UTC)));
                    }
                    String page = text(path);
                    assertThat(page).as(path).contains(title, ShippedContent.longDate(starts, language));
                    news.forEach(story -> assertThat(page).as(path).contains(story.title(language)));

                    ICalendar ics = Biweekly.parse(server.get(path + "/event.ics").body()).first();
                    VEvent entry = ics.getEvents().get(0);
                    assertThat(entry.getSummary().getValue()).isEqualTo(title);
                    assertThat(day(entry.getDateStart().getValue())).isEqualTo(starts);
                    assertThat(day(entry.getDateEnd().getValue())).isEqualTo(ends.plusDays(1));
                    assertThat(entry.getUrl().getValue()).endsWith(path);
                }
            }
        }
    }

    @Test
    void anEventWithHoursIsWrittenAtItsInstantAndShownInItsZone() throws Exception {
        Site site = shipped.national().get(0);
        Language language = site.defaultLanguage();
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        ZoneId zone = ZoneId.of("America/New_York");
        String title = "Mothers' workshop on care </script> & rights";
        Jdbi jdbi = server.instance(Jdbi.class);
        long id = jdbi.withHandle(handle -> handle.createUpdate("""
                INSERT INTO event (site, kind, starts_on, ends_on, starts_at, ends_at, time_zone, online_url,
                                   original_language)
                VALUES (:site, 'workshop', :day, :day, :from, :until, :zone, 'https://meet.example.org/care', :language)
                """).bind("site", site.code()).bind("day", day).bind("from", LocalTime.of(14, 30))
                .bind("until", LocalTime.of(16, 0)).bind("zone", zone.getId()).bind("language", language)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        jdbi.useHandle(handle -> handle.createUpdate("""
                INSERT INTO event_translation (event_id, language, site, title, slug, summary, body_html)
                VALUES (:id, :language, :site, :title, 'care-workshop', 'Online.', '<p>Online.</p>')
                """).bind("id", id).bind("language", language).bind("site", site.code()).bind("title", title)
                .execute());
        server.instance(ContentEvents.class).changed(ContentChanged.on(site.code()));

        String path = site.url(language, "/calendar/care-workshop");
        ZonedDateTime start = day.atTime(14, 30).atZone(zone);
        for (String calendar : List.of(site.url(language, "/calendar.ics"), path + "/event.ics")) {
            TestServer.Page ics = server.get(calendar);
            assertThat(ics.header("Content-Type")).isEqualTo("text/calendar;charset=utf-8");
            VEvent entry = Biweekly.parse(ics.body()).first().getEvents().stream()
                    .filter(e -> e.getSummary().getValue().equals(title)).findFirst().orElseThrow();
            assertThat(entry.getDateStart().getValue().hasTime()).isTrue();
            assertThat(entry.getDateStart().getValue().toInstant()).isEqualTo(start.toInstant());
            assertThat(entry.getDateEnd().getValue().toInstant()).isEqualTo(day.atTime(16, 0).atZone(zone)
                    .toInstant());
            assertThat(entry.getLocation().getValue()).isEqualTo("https://meet.example.org/care");
        }
        assertThat(text(site.url(language, "/calendar"))).contains(title);
        assertThat(text(shipped.network().url(shipped.network().shownIn(language), "/calendar"))).contains(title);

        Document page = Jsoup.parse(server.get(path).body());
        JsonNode data = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(SchemaOrg.problems(data)).isEmpty();
        JsonNode event = StreamSupport.stream(data.path("@graph").spliterator(), false)
                .filter(node -> node.path("@type").asText().equals("Event")).findFirst().orElseThrow();
        assertThat(event.path("name").asText()).isEqualTo(title);
        assertThat(ZonedDateTime.parse(event.path("startDate").asText()).toInstant()).isEqualTo(start.toInstant());
        assertThat(event.path("eventAttendanceMode").asText()).isEqualTo("https://schema.org/OnlineEventAttendanceMode");
        assertThat(page.select("script:not([src])")).hasSize(1);
        assertThat(page.text()).contains("14:30");
    }

    @Test
    void anUnknownEventIsNotFound() {
        Site network = shipped.network();
        assertThat(server.get(network.url(network.defaultLanguage(), "/calendar/no-such-event")).status())
                .isEqualTo(404);
        assertThat(server.get(network.url(network.defaultLanguage(), "/calendar/no-such-event/event.ics")).status())
                .isEqualTo(404);
    }

    private static LocalDate day(ICalDate date) {
        assertThat(date.hasTime()).isFalse();
        DateTimeComponents raw = date.getRawComponents();
        return LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate());
    }
}
