package org.makemothersmatter.core.example.spain;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.makemothersmatter.core.plugin.OwnPageView;
import org.makemothersmatter.core.plugin.SiteHandler;
import org.makemothersmatter.core.plugin.SitePage;

/**
 * MMM Spain's events, soonest first, in the site's frame with its latest news. Kept rendered like core's pages:
 * whoever adds an event says the site changed, and the page is rendered again.
 */
final class EventsPage implements SiteHandler {

    private final EventDao events;
    private final Clock clock;

    @Inject
    EventsPage(EventDao events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void handle(SitePage page) {
        OwnPageView shared = page.ownPage("events");
        boolean catalan = page.language().equals("ca");
        var rows = events.from(LocalDate.now(clock)).stream().map(event -> new EventsView.Row(
                event.startsOn().toString(), page.date(event.startsOn()),
                catalan ? event.titleCa() : event.titleEs(), event.place())).toList();
        page.render("events", new EventsView(shared, page.texts().format("events.count", rows.size()), rows), shared);
    }
}
