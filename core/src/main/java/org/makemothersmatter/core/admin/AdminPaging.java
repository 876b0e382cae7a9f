package org.makemothersmatter.core.admin;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.makemothersmatter.core.web.view.Pagination;

/** Page numbers of back-office lists, core's and the plugins'. */
public final class AdminPaging {

    private AdminPaging() {
    }

    public static int page(Context ctx) {
        String value = ctx.queryParam("page");
        if (value == null || value.isEmpty()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value);
            if (page >= 1 && page <= 1_000_000) {
                return page;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequestResponse("page must be a whole number from 1");
    }

    /** Links to the neighbouring pages; {@code base} ends with "?" or "&" so that "page=" can follow. */
    public static Pagination pagination(String base, int page, long total, int size) {
        long pages = Math.max(1, (total + size - 1) / size);
        if (pages <= 1 && page == 1) {
            return null;
        }
        return new Pagination("Pages", "Page " + page + " of " + pages,
                page > 1 ? base + "page=" + Math.min(page - 1, pages) : null, "Previous",
                page < pages ? base + "page=" + (page + 1) : null, "Next");
    }
}
