package org.makemothersmatter.core.admin.view;

import java.util.List;
import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.web.view.Pagination;

/**
 * A page of a plugin's records, newest first, each leading to its own page; the columns' labels head the table.
 * {@code t}: the back office's strings in the request's language.
 */
public record RecordListView(Texts t, String note, String caption, List<String> labels, List<Row> rows,
                             String csvUrl, Pagination pagination) {

    /** A record in the list: its id, which leads to its page, and its columns' labels and texts. */
    public record Row(String id, String url, List<RecordView.Field> cells) {
    }
}
