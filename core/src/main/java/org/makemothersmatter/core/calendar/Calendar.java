package org.makemothersmatter.core.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentEvents;
import org.makemothersmatter.core.model.ArticleSummary;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.store.Daos;
import org.makemothersmatter.core.web.WebSettings;

/**
 * The events of the sites: what is coming and what is past, for a site (its own) or for the network (every site's),
 * each event with the news that name it; and as iCalendar, for a calendar application to subscribe to or import.
 * An event is upcoming until its last day is over; the lists change when a day begins, not only when the content
 * does, so the day's turn is announced as a change (see {@link #turnDay}).
 */
@Singleton
public final class Calendar {

    /** As many as a page lists: a site has a few events a month at most. */
    static final int LISTED = 200;
    private static final int NEWS = 20;

    private final EventDao dao;
    private final Clock clock;
    private final ContentEvents events;
    private final String uidDomain;
    private final AtomicReference<LocalDate> today = new AtomicReference<>();

    @Inject
    public Calendar(Jdbi jdbi, Clock clock, ContentEvents events, WebSettings settings) {
        this.dao = Daos.of(jdbi, EventDao.class);
        this.clock = clock;
        this.events = events;
        this.uidDomain = URI.create(settings.publicUrl()).getHost();
    }

    /**
     * The day events are sorted by: UTC's, so that every server of the site agrees (an event is listed as coming
     * until its last day is over everywhere but a few hours west of Greenwich).
     */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** The events to come of a site, or of every site for the international one, soonest first. */
    public List<Event> upcoming(Site site, Language language) {
        return site.network() ? dao.upcoming(language, today(), LISTED)
                : dao.upcomingOfSite(site.code(), language, today(), LISTED);
    }

    /** The events past, latest first. */
    public List<Event> past(Site site, Language language) {
        return site.network() ? dao.past(language, today(), LISTED)
                : dao.pastOfSite(site.code(), language, today(), LISTED);
    }

    /** A published event of the site by the slug of any of its translations, shown in the language if it has it. */
    public Optional<Event> find(Site site, String slug, Language language) {
        return dao.idsBySlug(site.code(), slug, language).stream().findFirst()
                .flatMap(id -> dao.find(id, language));
    }

    /** The event's slug in each language it has, for the same page in the site's other languages. */
    public Function<Language, String> slugIn(Event event) {
        List<EventDao.Slug> slugs = dao.slugs(event.id());
        return language -> slugs.stream().filter(s -> s.language().equals(language)).map(EventDao.Slug::slug)
                .findFirst().orElse(event.slug());
    }

    /** The published news that name the event, newest first. */
    public List<ArticleSummary> news(Event event, Language language) {
        return dao.news(event.id(), language, NEWS, 0);
    }

    /**
     * The events as an iCalendar file, each linked to its page ({@code pageOf}). An event with hours is written in
     * UTC, which every calendar application shows in its reader's own time zone; an all-day event by its days,
     * which are the same wherever it is read.
     */
    public byte[] ics(String name, List<Event> listed, Function<Event, String> pageOf) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Make Mothers Matter//Calendar//EN");
        calendar.setName(name);
        for (Event event : listed) {
            VEvent entry = new VEvent();
            entry.setUid("event-" + event.id() + "@" + uidDomain);
            entry.setSummary(event.title());
            entry.setDescription(event.summary());
            entry.setUrl(pageOf.apply(event));
            String where = event.place() != null ? event.place() : event.onlineUrl();
            if (where != null) {
                entry.setLocation(where);
            }
            if (event.allDay()) {
                entry.setDateStart(new DateStart(day(event.startsOn())));
                // The end of an all-day event is the day after its last, as iCalendar counts.
                entry.setDateEnd(new DateEnd(day(event.endsOn().plusDays(1))));
            } else {
                entry.setDateStart(Date.from(event.start().toInstant()), true);
                entry.setDateEnd(Date.from(event.end().toInstant()), true);
            }
            calendar.addEvent(entry);
        }
        return Biweekly.write(calendar).go().getBytes(StandardCharsets.UTF_8);
    }

    private static ICalDate day(LocalDate day) {
        DateTimeComponents components = new DateTimeComponents(day.getYear(), day.getMonthValue(),
                day.getDayOfMonth());
        return new ICalDate(components.toDate(), components, false);
    }

    /**
     * Announces the turn of the day, as a change of every site's content, so that the pages that list events are
     * rendered again with what has just passed among the past ones. The first call only notes the day.
     */
    public void turnDay() {
        LocalDate now = today();
        LocalDate before = today.getAndSet(now);
        if (before != null && !before.equals(now)) {
            events.changed(ContentChanged.everywhere());
        }
    }
}
