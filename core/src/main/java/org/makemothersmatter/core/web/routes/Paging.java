package org.makemothersmatter.core.web.routes;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.makemothersmatter.core.model.PageRequest;

/** Reads the {@code page} query parameter of a listing: absent means 1; anything but 1..MAX is a 400. */
public final class Paging {

    static final int PAGE_SIZE = 10;
    private static final int MAX_PAGE = 100_000;

    private Paging() {
    }

    public static PageRequest of(Context ctx) {
        String value = ctx.queryParam("page");
        if (value == null) {
            return new PageRequest(1, PAGE_SIZE);
        }
        try {
            int page = Integer.parseInt(value);
            if (page >= 1 && page <= MAX_PAGE) {
                return new PageRequest(page, PAGE_SIZE);
            }
        } catch (NumberFormatException e) {
            // reported below, as any other bad value
        }
        throw new BadRequestResponse("page must be a whole number from 1 to " + MAX_PAGE);
    }
}
