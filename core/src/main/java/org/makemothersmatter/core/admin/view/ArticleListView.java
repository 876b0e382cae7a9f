package org.makemothersmatter.core.admin.view;

import java.util.List;
import org.makemothersmatter.core.web.view.Pagination;

/** The articles of the account's sites, filtered. */
public record ArticleListView(AdminFrame frame, ListFilters filters, List<Choice> sections, List<Choice> sorts,
                              List<Row> articles, String total, Pagination pagination, String newUrl,
                              BulkActions bulk) {

    public record Row(String editUrl, String title, String titleLang, String site, String section, String status,
                      String dateIso, String date, String languages, String item) {
    }
}
