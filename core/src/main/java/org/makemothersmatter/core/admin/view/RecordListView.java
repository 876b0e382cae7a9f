package org.makemothersmatter.core.admin.view;

import java.util.List;
import org.makemothersmatter.core.web.view.Pagination;

/** A page of a plugin's records, newest first, each leading to its own page; the columns' labels head the table. */
public record RecordListView(String note, String caption, List<String> labels, List<Row> rows, String csvUrl,
                             Pagination pagination) {

    /** A record in the list: its id, which leads to its page, and its columns' labels and texts. */
    public record Row(String id, String url, List<RecordView.Field> cells) {
    }
}
