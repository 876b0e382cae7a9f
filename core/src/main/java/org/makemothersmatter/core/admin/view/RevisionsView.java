package org.makemothersmatter.core.admin.view;

import java.util.List;

/**
 * The saved states of an article's or a page's texts, newest first, and two of them compared ({@code comparison}
 * null when there is none yet), chosen with a form that asks {@code compareAction} for them.
 */
public record RevisionsView(AdminFrame frame, String editUrl, String editLabel, String compareAction,
                            List<Choice> from, List<Choice> to, Comparison comparison, List<Row> revisions) {

    /** A revision: when, in which language, by whom; its title, in its language; what it changed; restoring it. */
    public record Row(String savedAtIso, String savedAt, String languageName, String savedBy, String title,
                      String lang, String dir, String compareUrl, String restoreAction) {
    }
}
