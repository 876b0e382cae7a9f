package org.makemothersmatter.core.web.view;

import java.util.List;
import org.makemothersmatter.core.plugin.Texts;

/** A site's calendar: the events to come, soonest first, then the past ones, latest first. */
public record CalendarView(Texts t, String title, List<EventCard> upcoming, List<EventCard> past, String icsUrl) {
}
