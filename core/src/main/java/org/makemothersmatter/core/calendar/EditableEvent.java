package org.makemothersmatter.core.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import org.makemothersmatter.core.model.Language;

/** An event as the back office edits it, whatever its status, at the version its texts and details are at. */
public record EditableEvent(long id, String site, String kind, LocalDate startsOn, LocalDate endsOn,
                            LocalTime startsAt, LocalTime endsAt, String timeZone, String place, String onlineUrl,
                            Language originalLanguage, String status, int version) {

    public boolean published() {
        return "published".equals(status);
    }

    /** One language's text, its body in Markdown. */
    public record Text(Language language, String title, String slug, String summary, String body) {
    }
}
