package org.makemothersmatter.core.example.spain;

import java.util.List;
import org.makemothersmatter.core.plugin.OwnPageView;

/** The events page: what every own page shows, how many events are coming, and each, ready to print. */
public record EventsView(OwnPageView page, String count, List<Row> events) {

    /** An event as the page lists it: its date (machine-readable and as the language writes it), title and place. */
    public record Row(String isoDate, String date, String title, String place) {
    }
}
