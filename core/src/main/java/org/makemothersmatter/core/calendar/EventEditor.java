package org.makemothersmatter.core.calendar;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.account.AccessDenied;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.content.Markdown;
import org.makemothersmatter.core.content.Slugs;
import org.makemothersmatter.core.editorial.ArticleEditor;
import org.makemothersmatter.core.editorial.Conflict;
import org.makemothersmatter.core.editorial.Editor;
import org.makemothersmatter.core.editorial.Status;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentEvents;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Refused;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.Sites;

/**
 * Writing a site's events in the back office, held to the rules articles are: anyone working on the site writes
 * their texts, a translator never the original one, and only editors and network administrators create, change,
 * publish or delete an event. Every change is made at the version its form was read at (else a {@link Conflict}),
 * written to the audit log in its own transaction, and announced once committed, so that the calendars, the event's
 * page and the .ics files show it at once. A new event is a draft until published.
 */
public final class EventEditor {

    private static final int MAX_TITLE = 300;
    private static final int MAX_SUMMARY = 2000;
    private static final int MAX_BODY = 100_000;
    private static final int MAX_PLACE = 300;
    private static final int MAX_URL = 500;
    private static final int EXCERPT_LENGTH = 220;

    private final Jdbi jdbi;
    private final Sites sites;
    private final Markdown markdown;
    private final AuditLog audit;
    private final ContentEvents events;
    private final Calendar calendar;

    @Inject
    public EventEditor(Jdbi jdbi, Sites sites, Markdown markdown, AuditLog audit, ContentEvents events,
                       Calendar calendar) {
        this.jdbi = jdbi;
        this.sites = sites;
        this.markdown = markdown;
        this.audit = audit;
        this.events = events;
        this.calendar = calendar;
    }

    /**
     * What the form says of an event, as typed: its kind, first and last day (ISO dates), its hours if it has some
     * (14:30, both or none), the time zone they are counted in, and its place or online address.
     */
    public record Details(String kind, String starts, String ends, String from, String until, String zone,
                          String place, String online) {

        public static Details of(EditableEvent event) {
            return new Details(event.kind(), event.startsOn().toString(), event.endsOn().toString(),
                    event.startsAt() == null ? "" : event.startsAt().toString(),
                    event.endsAt() == null ? "" : event.endsAt().toString(), event.timeZone(),
                    orEmpty(event.place()), orEmpty(event.onlineUrl()));
        }
    }

    /** One language's text as typed: a summary left empty is made from the body. */
    public record Text(String title, String summary, String body) {
    }

    /** Details read and checked. */
    private record Checked(String kind, LocalDate startsOn, LocalDate endsOn, LocalTime startsAt, LocalTime endsAt,
                           String zone, String place, String online) {
    }

    /** The events of the account's sites, or of the one asked for among them: those to come, soonest first. */
    public List<EventEditorDao.Listed> upcoming(Account account, String site) {
        List<String> scope = scope(account, site);
        return scope.isEmpty() ? List.of()
                : jdbi.withExtension(EventEditorDao.class, dao -> dao.upcoming(scope, calendar.today(),
                Calendar.LISTED));
    }

    /** The past ones, latest first. */
    public List<EventEditorDao.Listed> past(Account account, String site) {
        List<String> scope = scope(account, site);
        return scope.isEmpty() ? List.of()
                : jdbi.withExtension(EventEditorDao.class, dao -> dao.past(scope, calendar.today(), Calendar.LISTED));
    }

    /** The day a new event's form starts from. */
    public LocalDate today() {
        return calendar.today();
    }

    /** The time zone a new event of the site is most likely in: its latest event's, else (or no site) Brussels'. */
    public String usualZone(String site) {
        return jdbi.withExtension(EventEditorDao.class, dao -> dao.latestZone(site))
                .orElse(ArticleEditor.ZONE.getId());
    }

    public EditableEvent read(Account account, long id) {
        EditableEvent event = find(id);
        requireSite(account, event.site());
        return event;
    }

    public List<EditableEvent.Text> texts(Account account, long id) {
        read(account, id);
        return jdbi.withExtension(EventEditorDao.class, dao -> dao.texts(id));
    }

    /** Starts an event of a site, as a draft, with its text in one language (its original); returns its id. */
    public long create(Account account, String siteCode, Details details, Language language, Text text) {
        Site site = sites.find(String.valueOf(siteCode)).orElseThrow(() -> new Refused("refused.noSite", siteCode));
        requireEditor(account, site.code());
        requireLanguage(site, language);
        Checked checked = checked(details);
        Text written = written(text);
        return jdbi.inTransaction(handle -> {
            long id = handle.attach(EventDao.class).insert(site.code(), checked.kind(), checked.startsOn(),
                    checked.endsOn(), checked.startsAt(), checked.endsAt(), checked.zone(), checked.place(),
                    checked.online(), language, null, Status.DRAFT.code());
            insertText(handle, site.code(), id, language, written);
            record(handle, account, "create", site.code(), id, language.code() + ": " + written.title());
            return id;
        });
    }

    /** Changes the event's kind, days, hours, time zone, place or address. */
    public void saveDetails(Account account, long id, int readVersion, Details details) {
        EditableEvent event = manage(account, id);
        Checked c = checked(details);
        jdbi.useTransaction(handle -> {
            requireUnchanged(handle.attach(EventEditorDao.class).update(id, readVersion, c.kind(), c.startsOn(),
                    c.endsOn(), c.startsAt(), c.endsAt(), c.zone(), c.place(), c.online()));
            record(handle, account, "details", event.site(), id, c.startsOn() + " " + c.zone());
        });
    }

    /** Writes one language's text, a new translation or over the one there is; its address stays the same. */
    public void saveText(Account account, long id, Language language, int readVersion, Text text) {
        EditableEvent event = read(account, id);
        if (account.role() == Role.TRANSLATOR && language.equals(event.originalLanguage())) {
            throw new AccessDenied("A translator writes translations, not the original text.");
        }
        requireLanguage(sites.find(event.site()).orElseThrow(), language);
        Text written = written(text);
        jdbi.useTransaction(handle -> {
            EventEditorDao dao = handle.attach(EventEditorDao.class);
            requireUnchanged(dao.touch(id, readVersion));
            String html = markdown.toHtml(written.body());
            if (dao.updateText(id, language, written.title(), written.summary(), written.body(), html) == 0) {
                insertText(handle, event.site(), id, language, written);
            }
            record(handle, account, "save", event.site(), id, language.code() + ": " + written.title());
        });
    }

    public void publish(Account account, long id, int readVersion) {
        changeStatus(account, id, readVersion, "published", "publish");
    }

    public void unpublish(Account account, long id, int readVersion) {
        changeStatus(account, id, readVersion, "draft", "unpublish");
    }

    /** Deletes the event for good, as it was at {@code readVersion} (as its confirmation showed it). */
    public void delete(Account account, long id, int readVersion) {
        EditableEvent event = manage(account, id);
        jdbi.useTransaction(handle -> {
            EventEditorDao dao = handle.attach(EventEditorDao.class);
            String title = dao.texts(id).stream().filter(t -> t.language().equals(event.originalLanguage()))
                    .map(EditableEvent.Text::title).findFirst().orElse("");
            dao.forgetInNews(id);
            dao.deleteTexts(id);
            requireUnchanged(dao.delete(id, readVersion));
            record(handle, account, "delete", event.site(), id, title);
        });
    }

    private void changeStatus(Account account, long id, int readVersion, String status, String action) {
        EditableEvent event = manage(account, id);
        jdbi.useTransaction(handle -> {
            requireUnchanged(handle.attach(EventEditorDao.class).updateStatus(id, readVersion, status));
            record(handle, account, action, event.site(), id, null);
        });
    }

    private void insertText(Handle handle, String site, long id, Language language, Text text) {
        EventDao events = handle.attach(EventDao.class);
        String slug = Slugs.unique(Slugs.of(text.title()), s -> events.slugTakenByOther(site, language, s, id));
        handle.attach(EventEditorDao.class).insertText(id, language, site, text.title(), slug, text.summary(),
                text.body(), markdown.toHtml(text.body()));
    }

    /** Writes the change to the audit log and announces it once its transaction commits. */
    private void record(Handle handle, Account account, String action, String site, long id, String detail) {
        audit.record(account.id(), account.email(), "event." + action, site, "event " + id, detail, null);
        events.afterCommit(handle, ContentChanged.on(site));
    }

    private static void requireUnchanged(int updated) {
        if (updated == 0) {
            throw new Conflict("conflict.changed.event");
        }
    }

    /** The details read, or refused with the first reason they cannot be taken. */
    private static Checked checked(Details d) {
        String kind = orEmpty(d.kind());
        if (!Event.KINDS.contains(kind)) {
            throw new Refused("refused.event.kind");
        }
        LocalDate startsOn = parsed(d.starts(), LocalDate::parse, "refused.event.day");
        LocalDate endsOn = orEmpty(d.ends()).isBlank() ? startsOn : parsed(d.ends(), LocalDate::parse,
                "refused.event.day");
        LocalTime startsAt = orEmpty(d.from()).isBlank() ? null : parsed(d.from(), LocalTime::parse,
                "refused.event.hour");
        LocalTime endsAt = orEmpty(d.until()).isBlank() ? null : parsed(d.until(), LocalTime::parse,
                "refused.event.hour");
        if ((startsAt == null) != (endsAt == null)) {
            throw new Refused("refused.event.hours");
        }
        if (endsOn.isBefore(startsOn) || endsOn.equals(startsOn) && startsAt != null && !endsAt.isAfter(startsAt)) {
            throw new Refused("refused.event.endBeforeStart");
        }
        String zone = parsed(d.zone(), z -> ZoneId.of(z).getId(), "refused.event.zone");
        String place = optional(d.place(), MAX_PLACE, "refused.event.placeTooLong");
        String online = optional(d.online(), MAX_URL, "refused.event.urlTooLong");
        if (online != null && !web(online)) {
            throw new Refused("refused.event.url");
        }
        return new Checked(kind, startsOn, endsOn, startsAt, endsAt, zone, place, online);
    }

    /** Only addresses of the web: no javascript:, data: or file: link on a public page. */
    private static boolean web(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static <T> T parsed(String value, Function<String, T> parser, String refusal) {
        try {
            return parser.apply(orEmpty(value).strip());
        } catch (DateTimeException e) {
            throw new Refused(refusal);
        }
    }

    /** A value typed, stripped; none (null) when left empty; refused when longer than its column. */
    private static String optional(String value, int max, String refusal) {
        String stripped = orEmpty(value).strip();
        if (stripped.length() > max) {
            throw new Refused(refusal, max);
        }
        return stripped.isEmpty() ? null : stripped;
    }

    /** The text checked, with its summary made from its body if none was typed. */
    private Text written(Text text) {
        String title = orEmpty(text.title()).strip();
        if (title.isEmpty()) {
            throw new Refused("refused.titleNeeded");
        }
        if (title.length() > MAX_TITLE) {
            throw new Refused("refused.titleTooLong", MAX_TITLE);
        }
        String body = orEmpty(text.body());
        if (body.length() > MAX_BODY) {
            throw new Refused("refused.event.bodyTooLong", MAX_BODY);
        }
        String summary = optional(text.summary(), MAX_SUMMARY, "refused.event.summaryTooLong");
        return new Text(title, summary == null ? markdown.excerpt(body, EXCERPT_LENGTH) : summary, body);
    }

    private EditableEvent find(long id) {
        // An event of a site the settings no longer host is out of reach, as if it did not exist.
        return jdbi.withExtension(EventEditorDao.class, dao -> dao.find(id))
                .filter(event -> sites.find(event.site()).isPresent())
                .orElseThrow(() -> new Editor.NotFound("event " + id));
    }

    /** The event, if the account may change, publish or delete it. */
    public EditableEvent manage(Account account, long id) {
        EditableEvent event = find(id);
        requireEditor(account, event.site());
        return event;
    }

    /** The sites a list covers: the account's own, or the one asked for among them. */
    private List<String> scope(Account account, String site) {
        return sites.plugins().stream().map(p -> p.site().code()).filter(account::worksOn)
                .filter(code -> site == null || site.equals(code)).toList();
    }

    private static void requireSite(Account account, String site) {
        if (!account.worksOn(site)) {
            throw new AccessDenied(account.email() + " does not work on " + site + ".");
        }
    }

    private static void requireEditor(Account account, String site) {
        requireSite(account, site);
        if (account.role() == Role.TRANSLATOR) {
            throw new AccessDenied("A translator cannot create, change, publish or delete events.");
        }
    }

    private static void requireLanguage(Site site, Language language) {
        if (!site.publishesIn(language)) {
            throw new Refused("refused.language", site.name(), language);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The languages an event may be written in: its site's. */
    public List<Language> languages(String site) {
        return sites.find(site).map(Site::languages).orElse(List.of());
    }
}
