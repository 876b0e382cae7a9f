package org.makemothersmatter.core.admin.view;

import java.util.List;
import org.makemothersmatter.core.web.view.Link;

/**
 * The back office's first page: what waits for this account on its sites, each list with a line per item, and
 * the sites it works on.
 */
public record DashboardView(AdminFrame frame, List<Section> sections, List<Link> sites) {

    /** A list of the page, with what it says when it is empty. */
    public record Section(String title, String empty, List<Line> lines) {
    }

    /** An item to work on: a title in its own language ({@code lang}, null if it is not a text) and what about it. */
    public record Line(String url, String label, String lang, String detail) {
    }
}
