package org.makemothersmatter.core.web.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.makemothersmatter.core.calendar.Calendar;
import org.makemothersmatter.core.calendar.Event;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.sharing.StructuredData;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.web.Addresses;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.Presenter;
import org.makemothersmatter.core.web.SiteRequest;
import org.makemothersmatter.core.web.SiteRouter;
import org.makemothersmatter.core.web.view.CalendarView;
import org.makemothersmatter.core.web.view.EventCard;
import org.makemothersmatter.core.web.view.EventView;
import org.makemothersmatter.core.web.view.Layout;

/**
 * A site's calendar ({@code /calendar}: the international site's lists every site's events), each event's page,
 * and both as iCalendar: {@code /calendar.ics} to subscribe to, {@code /calendar/<event>/event.ics} to import one.
 */
public final class CalendarRoutes {

    private static final String ICS = "text/calendar;charset=utf-8";
    private static final String PATH = "/calendar";

    private final Calendar calendar;
    private final Sites sites;
    private final Addresses addresses;
    private final Presenter presenter;
    private final PageRenderer renderer;

    @Inject
    public CalendarRoutes(Calendar calendar, Sites sites, Addresses addresses, Presenter presenter,
                          PageRenderer renderer) {
        this.calendar = calendar;
        this.sites = sites;
        this.addresses = addresses;
        this.presenter = presenter;
        this.renderer = renderer;
    }

    /** Declares the calendar's pages, kept as the other pages of the site are. */
    public void declare(SiteRouter router) {
        router.page(PATH, this::list);
        router.page(PATH + ".ics", this::subscription);
        router.page(PATH + "/{slug}", this::event);
        router.page(PATH + "/{slug}/event.ics", this::download);
    }

    private void list(Context ctx, SiteRequest request) {
        Texts t = presenter.texts(request);
        Language language = request.language();
        var view = new CalendarView(t, t.get("calendar.title"),
                cards(request, calendar.upcoming(request.site(), language)),
                cards(request, calendar.past(request.site(), language)), request.url(PATH + ".ics"));
        renderer.render(ctx, request.site(), "calendar", view, presenter.layout(request, t.get("calendar.title"),
                t.get("calendar.description"), l -> PATH, true));
    }

    private void subscription(Context ctx, SiteRequest request) {
        Language language = request.language();
        List<Event> listed = new ArrayList<>(calendar.upcoming(request.site(), language));
        listed.addAll(calendar.past(request.site(), language));
        Texts t = presenter.texts(request);
        ctx.contentType(ICS).result(calendar.ics(t.get("calendar.title") + " – " + t.get("site.name"), listed,
                event -> pageUrl(request, event)));
    }

    /** An event by the slug of any of its translations; the current address in the language, if it differs. */
    private void event(Context ctx, SiteRequest request) {
        Event event = found(ctx, request);
        if (!event.slug().equals(ctx.pathParam("slug"))) {
            ctx.redirect(request.url(PATH + "/" + event.slug()), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        Language language = request.language();
        Texts t = presenter.texts(request);
        Function<Language, String> slugIn = calendar.slugIn(event);
        String path = PATH + "/" + event.slug();
        var view = new EventView(t, card(request, event), event.onlineUrl(),
                presenter.body(event.bodyHtml(), event.language(), request),
                presenter.cards(calendar.news(event, language), request), request.url(path + "/event.ics"),
                request.url(PATH));
        Layout layout = presenter.layout(request, event.title(), event.summary(), l -> PATH + "/" + slugIn.apply(l),
                true);
        renderer.render(ctx, request.site(), "event", view, presenter.sharedAs(layout, request, "website",
                List.of(structuredData(event, layout.canonical(), request), presenter.breadcrumbs(request,
                        List.of(t.get("calendar.title"), event.title()), List.of(PATH, path)))));
    }

    private void download(Context ctx, SiteRequest request) {
        Event event = found(ctx, request);
        ctx.contentType(ICS).result(calendar.ics(event.title(), List.of(event), e -> pageUrl(request, e)));
    }

    private Event found(Context ctx, SiteRequest request) {
        return calendar.find(request.site(), ctx.pathParam("slug"), request.language())
                .orElseThrow(NotFoundResponse::new);
    }

    /** schema.org's Event: its days or hours with their offset, where it is held, in which language, by whom. */
    private ObjectNode structuredData(Event event, String url, SiteRequest request) {
        ObjectNode node = StructuredData.node("Event").put("name", event.title())
                .put("description", event.summary()).put("url", url).put("inLanguage", event.language().code())
                .put("startDate", event.allDay() ? event.startsOn().toString() : event.start().toOffsetDateTime()
                        .toString())
                .put("endDate", event.allDay() ? event.endsOn().toString() : event.end().toOffsetDateTime().toString())
                .put("eventAttendanceMode", StructuredData.CONTEXT + "/" + (event.place() == null
                        ? "OnlineEventAttendanceMode" : event.onlineUrl() == null ? "OfflineEventAttendanceMode"
                        : "MixedEventAttendanceMode"));
        var locations = node.putArray("location");
        if (event.place() != null) {
            locations.add(StructuredData.node("Place").put("name", event.place()));
        }
        if (event.onlineUrl() != null) {
            locations.add(StructuredData.node("VirtualLocation").put("url", event.onlineUrl()));
        }
        node.set("organizer", StructuredData.reference(presenter.organizationId()));
        return node;
    }

    private List<EventCard> cards(SiteRequest request, List<Event> events) {
        return events.stream().map(event -> card(request, event)).toList();
    }

    private EventCard card(SiteRequest request, Event event) {
        Language language = request.language();
        Texts t = presenter.texts(request);
        String url = sites.find(event.site()).map(site -> addresses.link(request, site, PATH + "/" + event.slug()))
                .orElse(null);
        return new EventCard(event.title(), Presenter.langIfOther(event.language(), language), url,
                t.get("calendar.kind." + event.kind()), presenter.date(event.startsOn(), language),
                when(event, language), event.place());
    }

    /** Its days, and its hours in its time zone if it has some: "9 September 2024 – 11 October 2024". */
    private static String when(Event event, Language language) {
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        String when = days.format(event.startsOn())
                + (event.endsOn().equals(event.startsOn()) ? "" : " – " + days.format(event.endsOn()));
        if (event.allDay()) {
            return when;
        }
        DateTimeFormatter hours = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language.locale());
        return when + ", " + hours.format(event.startsAt()) + "–" + hours.format(event.endsAt()) + " ("
                + event.zone().getDisplayName(TextStyle.FULL, language.locale()) + ")";
    }

    /** The event's page on its own site, in the request's language if that site publishes in it. */
    private String pageUrl(SiteRequest request, Event event) {
        Site site = sites.find(event.site()).orElse(request.site());
        return addresses.absolute(site, site.shownIn(request.language()), PATH + "/" + event.slug());
    }
}
