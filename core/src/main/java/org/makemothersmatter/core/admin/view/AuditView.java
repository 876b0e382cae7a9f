package org.makemothersmatter.core.admin.view;

import java.util.List;
import org.makemothersmatter.core.web.view.Pagination;

/**
 * A page of the audit log, newest first, with the search that chose its entries, how many it found, and where they
 * are downloaded.
 */
public record AuditView(AdminFrame frame, Filters filters, String found, String csvUrl, List<Row> events,
                        Pagination pagination) {

    /** The search as typed: part of an address, an action, a site, and the first and last days (ISO dates). */
    public record Filters(String who, List<Choice> actions, List<Choice> sites, String from, String to) {
    }

    public record Row(String isoTime, String time, String actor, String action, String site, String target,
                      String detail, String ip) {
    }
}
