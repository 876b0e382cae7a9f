package org.makemothersmatter.core.admin.view;

import java.util.List;
import org.makemothersmatter.core.web.view.Picture;

/**
 * An article in the back office: what every edit page has, and its section, date, sharing (the checkbox's label, and
 * where a proposal to the network stands: null if nothing is to say), featured image (chosen among the site's
 * images; {@code featured}, the one it has, or null), themes (a box each) and scheduling.
 */
public record ArticleEditView(AdminFrame frame, EditorView editor, List<Choice> sections, String date,
                              boolean network, boolean networkChoice, String networkLabel, String networkNote,
                              List<Choice> images, Picture featured, List<Choice> themes,
                              String scheduleAt) {
}
