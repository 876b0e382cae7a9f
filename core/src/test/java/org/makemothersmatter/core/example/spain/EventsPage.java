package org.makemothersmatter.core.example.spain;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.makemothersmatter.core.plugin.SiteHandler;
import org.makemothersmatter.core.plugin.SiteRequest;
import org.makemothersmatter.core.web.OwnPages;
import org.makemothersmatter.core.web.view.OwnPageView;

/**
 * MMM Spain's events, soonest first, in the site's frame with its latest news. Kept rendered like core's pages:
 * whoever adds an event announces it ({@code ContentEvents}), and the page is rendered again.
 */
final class EventsPage implements SiteHandler {

    private final EventDao events;
    private final OwnPages pages;
    private final Clock clock;

    @Inject
    EventsPage(EventDao events, OwnPages pages, Clock clock) {
        this.events = events;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public void handle(Context ctx, SiteRequest request) {
        OwnPageView page = pages.view(request, "events");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(request.language().locale());
        boolean catalan = request.language().code().equals("ca");
        var rows = events.from(LocalDate.now(clock)).stream().map(event -> new EventsView.Row(
                event.startsOn().toString(), dates.format(event.startsOn()),
                catalan ? event.titleCa() : event.titleEs(), event.place())).toList();
        var view = new EventsView(page, page.t().format("events.count", rows.size()), rows);
        pages.render(ctx, request, "events", view, page, SpainPlugin.EVENTS);
    }
}
