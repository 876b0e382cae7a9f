package org.makemothersmatter.core.admin.view;

import java.util.List;

/** An article in the back office: what every edit page has, and its section, date, sharing and scheduling. */
public record ArticleEditView(AdminFrame frame, EditorView editor, List<Choice> sections, String date,
                              boolean network, boolean networkChoice, String scheduleAt) {
}
