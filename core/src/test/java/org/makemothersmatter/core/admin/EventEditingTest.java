package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.content.Slugs;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.testkit.HtmlForm;
import org.makemothersmatter.core.testkit.Matches;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * A site's team writes its events in the back office, through its forms: an editor starts one, changes its days and
 * place and publishes it, a translator writes its other languages, and the calendar, the event's page and the .ics
 * files show each change at once. Stale forms, bad input and another site's editor are refused with what they are.
 */
class EventEditingTest extends TestlandTeam {

    private static final String NEW = "/admin/events/new?site=testland";

    @Test
    void anEventIsWrittenTranslatedAndPublished() {
        Site site = testland();
        Language original = site.defaultLanguage();
        Language other = translation();
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(40);
        String title = "Care summit " + unique();
        TestServer.Page newForm = editor.get(NEW);
        assertThat(newForm.body()).as("the site's usual time zone preselected")
                .containsPattern("<option value=\"[\\w/]+\" selected>");
        long id = create(title, day, Map.of("from", "09:30", "until", "17:00", "zone", "Europe/Brussels",
                "place", "Brussels, Residence Palace", "body", "Mothers **speak**.<script>alert(1)</script>"));
        String calendar = site.url(original, "/calendar");
        assertThat(server.get(calendar).body()).as("a draft is not public").doesNotContain(title);

        TestServer.Page edit = translator.get("/admin/events/" + id + "?lang=" + other.code());
        assertThat(edit.body()).as("a translator neither publishes nor changes the days")
                .doesNotContain("/publish\"", "id=\"details-form\"", "/delete\"");
        TestServer.Page translated = HtmlForm.submit(translator, edit, "text-form", Map.of("title", "Traduit " + title,
                "summary", "", "body", "Les mères *parlent*."));
        assertThat(translated.status()).as(translated.body()).isEqualTo(303);
        assertThat(translator.post("/admin/events/" + id + "/text/" + original.code(), Map.of("version", version(id),
                "title", "Mine", "body", "")).status()).as("a translator never writes the original").isEqualTo(403);

        assertThat(editor.post("/admin/events/" + id + "/publish", Map.of("version", version(id))).status())
                .isEqualTo(303);
        String page = server.get(calendar).body();
        assertThat(page).as("on the calendar at once").contains(title);
        String eventPage = site.url(original, "/calendar/" + Slugs.of(title));
        assertThat(server.get(eventPage).body()).contains("<strong>speak</strong>").doesNotContain("<script>alert");
        assertThat(server.get(site.url(other, "/calendar")).body()).contains("Traduit " + title);
        VEvent entry = entry(server.get(eventPage + "/event.ics").body());
        assertThat(entry.getSummary().getValue()).isEqualTo(title);
        assertThat(entry.getDateStart().getValue().toInstant())
                .isEqualTo(day.atTime(9, 30).atZone(ZoneId.of("Europe/Brussels")).toInstant());
        assertThat(entry.getLocation().getValue()).isEqualTo("Brussels, Residence Palace");

        TestServer.Page moved = HtmlForm.submit(editor, "/admin/events/" + id, "details-form", Map.of("from", "",
                "until", "", "place", "", "online", "https://example.org/live", "ends", day.plusDays(1).toString()));
        assertThat(moved.status()).as(moved.body()).isEqualTo(303);
        VEvent allDay = Biweekly.parse(server.get(site.url(original, "/calendar.ics")).body()).first().getEvents()
                .stream().filter(e -> e.getSummary().getValue().equals(title)).findFirst().orElseThrow();
        assertThat(allDay.getDateStart().getValue().hasTime()).as("all day now, in the site's calendar").isFalse();
        assertThat(allDay.getLocation().getValue()).isEqualTo("https://example.org/live");

        assertThat(editor.post("/admin/events/" + id + "/unpublish", Map.of("version", version(id))).status())
                .isEqualTo(303);
        assertThat(server.get(calendar).body()).as("off the calendar at once").doesNotContain(title);
        assertThat(editor.get("/admin/events?site=testland").body()).contains(title);
        assertThat(audited(id)).contains("event.create", "event.save", "event.publish", "event.details",
                "event.unpublish");

        TestServer.Page confirm = editor.get("/admin/events/" + id + "/delete");
        assertThat(confirm.status()).isEqualTo(200);
        String action = Matches.first(confirm.body(), "action=\"(/admin/events/" + id + "/delete[^\"]*)\"");
        assertThat(editor.post(action.replace("&amp;", "&"), Map.of()).status()).isEqualTo(303);
        assertThat(editor.get("/admin/events/" + id).status()).isEqualTo(404);
        assertThat(audited(id)).contains("event.delete");
    }

    @Test
    void aStaleFormIsRefusedWithWhatWasTyped() {
        long id = create("Stale " + unique(), LocalDate.now(ZoneOffset.UTC).plusDays(10), Map.of());
        TestServer.Page mine = editor.get("/admin/events/" + id);
        assertThat(HtmlForm.submit(translator, "/admin/events/" + id + "?lang=" + translation().code(), "text-form",
                Map.of("title", "Première " + unique())).status()).isEqualTo(303);
        TestServer.Page refused = HtmlForm.submit(editor, mine, "text-form", Map.of("body", "My long careful text."));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("My long careful text.");
        assertThat(HtmlForm.submit(editor, refused, "text-form", Map.of()).status())
                .as("sent again, at the version saved meanwhile").isEqualTo(303);
    }

    @Test
    void badInputIsRefusedNeverAnErrorOfTheServer() {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(20);
        Map<String, Map<String, String>> bad = new LinkedHashMap<>();
        bad.put("end before start", Map.of("ends", day.minusDays(1).toString()));
        bad.put("hours backwards", Map.of("from", "15:00", "until", "14:00"));
        bad.put("one hour only", Map.of("from", "15:00"));
        bad.put("unknown zone", Map.of("zone", "Mars/Olympus"));
        bad.put("no day", Map.of("starts", "tomorrow"));
        bad.put("script link", Map.of("online", "javascript:alert(1)"));
        bad.put("not the web", Map.of("online", "ftp://example.org/file"));
        bad.put("unknown kind", Map.of("kind", "party"));
        bad.put("long place", Map.of("place", "x".repeat(301)));
        bad.put("long title", Map.of("title", "x".repeat(301)));
        bad.put("long summary", Map.of("summary", "x".repeat(2001)));
        bad.put("no title", Map.of("title", " "));
        bad.forEach((what, typed) -> {
            Map<String, String> form = new LinkedHashMap<>(Map.of("title", "Bad " + what, "starts", day.toString()));
            form.putAll(typed);
            TestServer.Page answer = HtmlForm.submit(editor, NEW, "event-form", form);
            assertThat(answer.status()).as(what).isEqualTo(422);
            assertThat(answer.body()).as(what).contains("class=\"flash error\"", "value=\"" + form.get("starts") + "\"");
        });
        long id = create("Good " + unique(), day, Map.of());
        assertThat(HtmlForm.submit(editor, "/admin/events/" + id, "details-form", Map.of("zone", "Nowhere/City"))
                .status()).isEqualTo(422);
        assertThat(editor.post("/admin/events/" + id + "/publish", Map.of()).status()).as("no version").isEqualTo(400);
        assertThat(editor.get("/admin/events/nothing").status()).isEqualTo(404);
    }

    @Test
    void anotherSitesEditorIsRefusedAndAudited() {
        long id = create("Ours " + unique(), LocalDate.now(ZoneOffset.UTC).plusDays(5), Map.of());
        String version = version(id);
        assertThat(otherEditor.get("/admin/events/" + id).status()).isEqualTo(403);
        assertThat(otherEditor.post("/admin/events/" + id + "/publish", Map.of("version", version)).status())
                .isEqualTo(403);
        assertThat(otherEditor.post("/admin/events/" + id + "/text/" + testland().defaultLanguage().code(), Map.of("version", version, "title", "Theirs",
                "body", "")).status()).isEqualTo(403);
        assertThat(otherEditor.get("/admin/events").body()).doesNotContain("Ours ");
        assertThat(otherEditor.post("/admin/events", Map.of("site", "testland", "language",
                testland().defaultLanguage().code(), "title", "Theirs",
                "starts", LocalDate.now(ZoneOffset.UTC).toString(), "zone", "UTC", "kind", "workshop")).status())
                .isEqualTo(403);
        int refused = server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = 'editor@otherland.org' AND action = 'refused'"
                                + " AND target LIKE '% /admin/events%'").mapTo(Integer.class).one());
        assertThat(refused).as("each refusal audited").isEqualTo(4);
        assertThat(version(id)).as("nothing changed").isEqualTo(version);
    }

    /** Testland's editor starts an event on the day given, as the form gives it with what is typed; its id. */
    private static long create(String title, LocalDate day, Map<String, String> typed) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("title", title, "starts", day.toString(),
                "kind", "side-event", "body", "About it."));
        form.putAll(typed);
        TestServer.Page created = HtmlForm.submit(editor, NEW, "event-form", form);
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        return Long.parseLong(Matches.first(created.header("Location"), "/admin/events/(\\d+)"));
    }

    private static String version(long id) {
        return Matches.first(editor.get("/admin/events/" + id).body(), "name=\"version\" value=\"(\\d+)\"");
    }

    private static Site testland() {
        return server.instance(Sites.class).find("testland").orElseThrow();
    }

    /** A language of Testland other than its first, which its translator writes. */
    private static Language translation() {
        Site site = testland();
        return site.languages().stream().filter(l -> !l.equals(site.defaultLanguage())).findFirst().orElseThrow();
    }

    private static VEvent entry(String ics) {
        ICalendar calendar = Biweekly.parse(ics).first();
        return calendar.getEvents().get(0);
    }

    private static List<String> audited(long id) {
        return server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                "SELECT action FROM audit_event WHERE target = :target ORDER BY id").bind("target", "event " + id)
                .mapTo(String.class).list());
    }
}
