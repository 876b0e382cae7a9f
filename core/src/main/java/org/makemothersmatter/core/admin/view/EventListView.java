package org.makemothersmatter.core.admin.view;

import java.util.List;

/**
 * The events of the account's sites (or of the one chosen, {@code sites} offering them), in parts: those to come,
 * soonest first, then the past ones; {@code newUrl}: where one is started, null for an account that may not.
 */
public record EventListView(AdminFrame frame, List<Choice> sites, List<Part> parts, String newUrl) {

    /** A part of the list under its heading. */
    public record Part(String heading, List<Row> rows) {
    }

    /** An event of the list, by its original title, with its site, kind, days and status. */
    public record Row(String editUrl, String title, String titleLang, String site, String kind, String days,
                      String status) {
    }
}
