package org.makemothersmatter.core.admin.view;

import java.util.List;

/** The saved states of an article's texts, newest first, each with what it changed. */
public record RevisionsView(AdminFrame frame, String editUrl, List<Row> revisions) {

    public record Row(String restoreAction, String language, String savedBy, String savedAtIso, String savedAt,
                      String title, String diff) {
    }
}
