package org.makemothersmatter.core.admin.view;

import java.util.List;

/** The saved states of an article's or a page's texts, newest first, each with what it changed. */
public record RevisionsView(AdminFrame frame, String editUrl, String editLabel, List<Row> revisions) {

    public record Row(String restoreAction, String language, String savedBy, String savedAtIso, String savedAt,
                      String title, String diff) {
    }
}
