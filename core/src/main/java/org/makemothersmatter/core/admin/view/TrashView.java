package org.makemothersmatter.core.admin.view;

import java.util.List;
import org.makemothersmatter.core.web.view.Link;
import org.makemothersmatter.core.web.view.Pagination;

/**
 * The trash of one kind (articles or pages) on the account's sites: restored or deleted for good, a few or all at
 * once; {@code emptyUrl} asks to confirm emptying it, null when there is nothing to empty or the account may not.
 */
public record TrashView(AdminFrame frame, List<Link> kinds, List<ListedRow> rows, String total,
                        Pagination pagination, BulkActions bulk, String emptyUrl) {
}
