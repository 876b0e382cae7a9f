package org.makemothersmatter.core.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.makemothersmatter.core.model.Language;

/**
 * An event of a site in one language (its text in that language, else its original): a conference, a side event
 * or a workshop, on its days in its own time zone, from {@code startsAt} to {@code endsAt} or all day when it has no
 * hours, at a place or online.
 */
public record Event(long id, String site, String kind, LocalDate startsOn, LocalDate endsOn, LocalTime startsAt,
                    LocalTime endsAt, String timeZone, String place, String onlineUrl, Language language,
                    String title, String slug, String summary, String bodyHtml) {

    /** The kinds of events, as the pages and the content files name them. */
    public static final java.util.List<String> KINDS = java.util.List.of("conference", "side-event", "workshop");

    public boolean allDay() {
        return startsAt == null;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** When it starts, in its time zone; an all-day event at the start of its first day. */
    public ZonedDateTime start() {
        return startsOn.atTime(allDay() ? LocalTime.MIDNIGHT : startsAt).atZone(zone());
    }

    /** When it ends, in its time zone; an all-day event at the end of its last day. */
    public ZonedDateTime end() {
        return allDay() ? endsOn.plusDays(1).atStartOfDay(zone()) : endsOn.atTime(endsAt).atZone(zone());
    }
}
