package org.makemothersmatter.core.admin.view;

import java.util.List;
import org.makemothersmatter.core.web.view.Link;

/**
 * An article in the back office: its settings and status, one language's text in a form, and, beside
 * it, another language's text to translate from.
 */
public record ArticleEditView(AdminFrame frame, String actionBase, String siteName, String status, String statusNote,
                              int version, boolean canManage, List<Choice> sections, String date, boolean network,
                              boolean networkChoice, String scheduleAt, boolean trashed, List<Link> languages,
                              List<Link> besideChoices, Text text, Beside beside, String previewUrl, String publicUrl,
                              String revisionsUrl) {

    /** The text being edited; version 0 for a translation not written yet. */
    public record Text(String language, String languageName, String dir, int version, String title, String slug,
                       String excerpt, String body, boolean original, boolean editable) {
    }

    /** The text shown beside, read-only. */
    public record Beside(String language, String languageName, String dir, String title, String excerpt, String bodyHtml) {
    }
}
