package org.makemothersmatter.core.admin;

import static org.makemothersmatter.core.admin.AdminForms.attempt;
import static org.makemothersmatter.core.admin.AdminForms.choices;
import static org.makemothersmatter.core.admin.AdminForms.id;
import static org.makemothersmatter.core.admin.AdminForms.version;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.makemothersmatter.core.account.AccessDenied;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.admin.view.Choice;
import org.makemothersmatter.core.admin.view.ConfirmView;
import org.makemothersmatter.core.admin.view.EventEditView;
import org.makemothersmatter.core.admin.view.EventListView;
import org.makemothersmatter.core.calendar.EditableEvent;
import org.makemothersmatter.core.calendar.Event;
import org.makemothersmatter.core.calendar.EventEditor;
import org.makemothersmatter.core.calendar.EventEditor.Details;
import org.makemothersmatter.core.calendar.EventEditor.Text;
import org.makemothersmatter.core.calendar.EventEditorDao;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.web.view.Link;

/**
 * Events in the back office: the list of the account's sites' events, to come then past; starting one (a draft,
 * with its text in one language); its page, where its editors change its days, hours, time zone and place,
 * publish, unpublish or delete it (after a confirmation), and where anyone working on its site writes its text in
 * each language (a translator, all but the original). A form refused keeps what was typed: a 422 says why, a 409
 * that someone changed the event meanwhile, the form then being at their version so that sending it again keeps it.
 */
public final class EventAdminRoutes {

    static final String BASE = "/admin/events";
    /** The time zones offered, those of the places the network's events are held in; an event's own is added. */
    private static final List<String> ZONES = List.of("Europe/Brussels", "Europe/Paris", "Europe/Luxembourg",
            "Europe/Amsterdam", "Europe/Berlin", "Europe/Zurich", "Europe/Vienna", "Europe/Rome", "Europe/Madrid",
            "Europe/Lisbon", "Europe/London", "Europe/Dublin", "Europe/Warsaw", "Europe/Athens", "Europe/Istanbul",
            "Asia/Beirut", "Africa/Bamako", "Africa/Dakar", "Africa/Abidjan", "Africa/Kinshasa", "Africa/Cairo",
            "Africa/Nairobi", "Africa/Johannesburg", "Asia/Dubai", "Asia/Kolkata", "Asia/Bangkok", "Asia/Tokyo",
            "America/New_York", "America/Montreal", "America/Mexico_City", "America/Sao_Paulo",
            "America/Los_Angeles", "Australia/Sydney", "UTC");

    private final EventEditor editor;
    private final AdminSecurity security;
    private final AdminPages pages;
    private final Sites sites;

    @Inject
    public EventAdminRoutes(EventEditor editor, AdminSecurity security, AdminPages pages, Sites sites) {
        this.editor = editor;
        this.security = security;
        this.pages = pages;
        this.sites = sites;
    }

    void register(RoutesConfig routes) {
        routes.get(BASE, this::list);
        routes.get(BASE + "/new", ctx -> showNew(ctx, null, null, null, null));
        routes.post(BASE, this::create);
        routes.get(BASE + "/{id}", ctx -> show(ctx, null, null, null));
        routes.post(BASE + "/{id}", this::saveDetails);
        routes.post(BASE + "/{id}/text/{language}", this::saveText);
        routes.post(BASE + "/{id}/publish", ctx -> status(ctx, true));
        routes.post(BASE + "/{id}/unpublish", ctx -> status(ctx, false));
        routes.get(BASE + "/{id}/delete", this::confirmDelete);
        routes.post(BASE + "/{id}/delete", this::delete);
    }

    private void list(Context ctx) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        List<Site> mine = mine(account);
        String site = AdminForms.option(ctx, "site", mine.stream().map(Site::code).toList());
        List<Choice> siteChoices = Stream.concat(Stream.of(new Choice("", t.get("filter.anySite"), site == null)),
                mine.stream().map(s -> new Choice(s.code(), s.name(), s.code().equals(site)))).toList();
        pages.render(ctx, "events", new EventListView(pages.frame(ctx, t.get("menu.events"), null), siteChoices,
                List.of(new EventListView.Part(t.get("events.upcoming"), rows(t, editor.upcoming(account, site))),
                        new EventListView.Part(t.get("events.past"), rows(t, editor.past(account, site)))),
                account.role() == Role.TRANSLATOR || mine.isEmpty() ? null
                        : BASE + "/new" + (site == null ? "" : "?site=" + site)));
    }

    private List<EventListView.Row> rows(AdminTexts t, List<EventEditorDao.Listed> events) {
        return events.stream().map(e -> new EventListView.Row(BASE + "/" + e.id(), e.title(),
                e.originalLanguage().code(), sites.name(e.site()), t.get("events.kind." + e.kind()),
                days(t, e.startsOn(), e.endsOn()), t.status(e.status()))).toList();
    }

    private static String days(AdminTexts t, LocalDate first, LocalDate last) {
        return first.equals(last) ? t.day(first) : t.day(first) + " – " + t.day(last);
    }

    private void create(Context ctx) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        Details details = details(ctx);
        Text text = text(ctx);
        attempt(t, ctx, () -> {
            Language language = Language.find(String.valueOf(ctx.formParam("language")))
                    .orElseThrow(() -> new IllegalArgumentException(t.get("new.chooseLanguage")));
            return BASE + "/" + editor.create(account, ctx.formParam("site"), details, language, text) + "?lang="
                    + language.code();
        }, t.get("events.created"), error -> showNew(ctx, details, text, ctx.formParam("site"), error));
    }

    /** The form that starts an event; after a refusal, with what was typed. */
    private void showNew(Context ctx, Details typed, Text text, String site, String error) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        if (account.role() == Role.TRANSLATOR) {
            throw new AccessDenied("A translator cannot create events.");
        }
        List<Site> mine = mine(account);
        String chosen = site != null ? site : Optional.ofNullable(ctx.queryParam("site")).orElse(
                mine.isEmpty() ? null : mine.get(0).code());
        String language = Optional.ofNullable(ctx.formParam("language")).orElse(mine.stream()
                .filter(s -> s.code().equals(chosen)).findFirst().map(s -> s.defaultLanguage().code()).orElse(null));
        // Today to start from, as a calendar application does: the day is picked from there.
        Details details = typed != null ? typed : new Details(Event.KINDS.get(0), editor.today().toString(), "",
                "", "", editor.usualZone(chosen), "", "");
        Text shown = text != null ? text : new Text("", "", "");
        List<Choice> languages = choices(mine.stream().flatMap(s -> s.languages().stream()).map(Language::code)
                .distinct().toList(), language, null, t::language);
        pages.render(ctx, "event-edit", new EventEditView(pages.frame(ctx, t.get("events.new"), error), true,
                null, 0, detailsForm(t, BASE, details),
                mine.stream().map(s -> new Choice(s.code(), s.name(), s.code().equals(chosen))).toList(), languages,
                new EventEditView.Text(BASE, null, null, null, shown.title(), shown.summary(), shown.body()),
                List.of(), null, null, null, null));
    }

    private void saveDetails(Context ctx) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        long id = editor.manage(account, id(ctx)).id();
        Details details = details(ctx);
        attempt(t, ctx, () -> {
            editor.saveDetails(account, id, version(ctx), details);
            return BASE + "/" + id;
        }, t.get("events.saved"), error -> show(ctx, details, null, error));
    }

    private void saveText(Context ctx) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        long id = editor.read(account, id(ctx)).id();
        Language language = Language.find(ctx.pathParam("language")).orElseThrow(NotFoundResponse::new);
        Text text = text(ctx);
        attempt(t, ctx, () -> {
            editor.saveText(account, id, language, version(ctx), text);
            return BASE + "/" + id + "?lang=" + language.code();
        }, t.get("events.saved"), error -> show(ctx, null, text, error));
    }

    private void status(Context ctx, boolean publish) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        long id = editor.manage(account, id(ctx)).id();
        attempt(t, ctx, () -> {
            if (publish) {
                editor.publish(account, id, version(ctx));
            } else {
                editor.unpublish(account, id, version(ctx));
            }
            return BASE + "/" + id;
        }, t.get(publish ? "events.published" : "events.unpublished"), error -> show(ctx, null, null, error));
    }

    private void confirmDelete(Context ctx) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        EditableEvent event = editor.manage(account, id(ctx));
        EditableEvent.Text original = original(account, event);
        pages.render(ctx, "confirm", new ConfirmView(pages.frame(ctx, t.get("events.delete.title"), null),
                t.get("events.delete.message"), List.of(new ConfirmView.Item(original.title(),
                original.language().code(), sites.name(event.site()))), BASE + "/" + event.id() + "/delete?version="
                + event.version(), List.of(), t.get("events.delete.button"),
                Link.of(t.get("events.keep"), BASE + "/" + event.id(), false)));
    }

    private void delete(Context ctx) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        long id = editor.manage(account, id(ctx)).id();
        attempt(t, ctx, () -> {
            editor.delete(account, id, readVersion(ctx));
            return BASE;
        }, t.get("events.deleted"), error -> show(ctx, null, null, error));
    }

    /** The version the confirmation showed, carried in its form's address. */
    private static int readVersion(Context ctx) {
        try {
            return Integer.parseInt(String.valueOf(ctx.queryParam("version")));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("The form lacks the version it was read at.");
        }
    }

    /**
     * An event's page, in the language asked for ({@code lang}, else its original); after a refusal, with what was
     * typed ({@code typed} details or {@code typedText}) at the event's current version.
     */
    private void show(Context ctx, Details typed, Text typedText, String error) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        EditableEvent event = editor.read(account, id(ctx));
        Site site = sites.find(event.site()).orElseThrow();
        List<EditableEvent.Text> texts = editor.texts(account, event.id());
        Language language = Optional.ofNullable(ctx.pathParamMap().get("language"))
                .or(() -> Optional.ofNullable(ctx.queryParam("lang"))).flatMap(Language::find)
                .filter(site::publishesIn).orElse(event.originalLanguage());
        Optional<EditableEvent.Text> stored = texts.stream().filter(x -> x.language().equals(language)).findFirst();
        Text text = typedText != null ? typedText : stored.map(x -> new Text(x.title(), x.summary(), x.body()))
                .orElse(new Text("", "", ""));
        String url = BASE + "/" + event.id();
        boolean manages = account.role() != Role.TRANSLATOR;
        List<Link> languageLinks = site.languages().stream().map(l -> Link.of(t.language(l)
                + (texts.stream().anyMatch(x -> x.language().equals(l)) ? "" : " " + t.get("events.toWrite")),
                url + "?lang=" + l.code(), l.equals(language))).toList();
        String title = texts.stream().filter(x -> x.language().equals(event.originalLanguage())).findFirst()
                .map(EditableEvent.Text::title).orElse(t.get("menu.events"));
        boolean textEditable = manages || !language.equals(event.originalLanguage());
        pages.render(ctx, "event-edit", new EventEditView(pages.editorFrame(ctx, title, error), false,
                t.status(event.status()), event.version(),
                detailsForm(t, manages ? url : null, typed != null ? typed : Details.of(event)), List.of(), List.of(),
                new EventEditView.Text(textEditable ? url + "/text/" + language.code() : null, language.code(),
                        t.languageInSentence(language), language.dir(), text.title(), text.summary(), text.body()),
                languageLinks, event.published() && stored.isPresent()
                        ? site.url(language, "/calendar/" + stored.get().slug()) : null,
                manages && !event.published() ? url + "/publish" : null,
                manages && event.published() ? url + "/unpublish" : null, manages ? url + "/delete" : null));
    }

    private EditableEvent.Text original(Account account, EditableEvent event) {
        return editor.texts(account, event.id()).stream()
                .filter(x -> x.language().equals(event.originalLanguage())).findFirst().orElseThrow();
    }

    private EventEditView.Details detailsForm(AdminTexts t, String action, Details d) {
        List<String> zones = ZONES.contains(d.zone()) || d.zone() == null || d.zone().isBlank() ? ZONES
                : Stream.concat(Stream.of(d.zone()), ZONES.stream()).toList();
        return new EventEditView.Details(action, choices(Event.KINDS, d.kind(), null,
                kind -> t.get("events.kind." + kind)), d.starts(), d.ends(), d.from(), d.until(),
                choices(zones, d.zone(), null, zone -> zone.replace('_', ' ')), d.place(), d.online());
    }

    private static Details details(Context ctx) {
        return new Details(ctx.formParam("kind"), ctx.formParam("starts"), ctx.formParam("ends"),
                ctx.formParam("from"), ctx.formParam("until"), ctx.formParam("zone"), ctx.formParam("place"),
                ctx.formParam("online"));
    }

    private static Text text(Context ctx) {
        return new Text(ctx.formParam("title"), ctx.formParam("summary"), ctx.formParam("body"));
    }

    private List<Site> mine(Account account) {
        return sites.plugins().stream().map(p -> p.site()).filter(s -> account.worksOn(s.code())).toList();
    }
}
