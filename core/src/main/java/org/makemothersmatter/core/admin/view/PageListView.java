package org.makemothersmatter.core.admin.view;

import java.util.List;
import org.makemothersmatter.core.web.view.Pagination;

/** The static pages of the account's sites, filtered. */
public record PageListView(AdminFrame frame, ListFilters filters, List<Row> pages, String total, Pagination pagination,
                           String newUrl, BulkActions bulk) {

    public record Row(String editUrl, String title, String titleLang, String site, String status, String languages, String item) {
    }
}
