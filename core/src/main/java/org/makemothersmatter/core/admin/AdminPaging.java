package org.makemothersmatter.core.admin;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.function.BiFunction;
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

    /**
     * Links to the neighbouring pages, in the request's language; {@code base} ends with "?" or "&" so that "page="
     * can follow.
     */
    static Pagination pagination(AdminTexts t, String base, int page, long total, int size) {
        return pagination(base, page, total, size, t.get("paging.label"), (shown, pages) -> t.format("paging.status",
                shown, pages), t.get("paging.previous"), t.get("paging.next"));
    }

    private static Pagination pagination(String base, int page, long total, int size, String label,
                                         BiFunction<Integer, Long, String> status, String previous, String next) {
        long pages = Math.max(1, (total + size - 1) / size);
        if (pages <= 1 && page == 1) {
            return null;
        }
        return new Pagination(label, status.apply(page, pages),
                page > 1 ? base + "page=" + Math.min(page - 1, pages) : null, previous,
                page < pages ? base + "page=" + (page + 1) : null, next);
    }
}
