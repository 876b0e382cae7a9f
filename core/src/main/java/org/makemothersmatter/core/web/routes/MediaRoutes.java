package org.makemothersmatter.core.web.routes;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import jakarta.inject.Inject;
import org.makemothersmatter.core.media.ImageDao;
import org.makemothersmatter.core.media.Images;

/**
 * Uploaded images, for every site: {@code /media/{id}/{width}}. An address always shows the same bytes, so
 * browsers and proxies keep them for a year without asking again.
 */
public final class MediaRoutes {

    private final Images images;

    @Inject
    public MediaRoutes(Images images) {
        this.images = images;
    }

    public void register(RoutesConfig routes) {
        routes.get("/media/{id}", this::largest);
        routes.get("/media/{id}/{width}", this::variant);
    }

    private void variant(Context ctx) {
        ImageDao.Variant variant = images.variant(id(ctx), (int) number(ctx.pathParam("width"), 9))
                .orElseThrow(NotFoundResponse::new);
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.contentType(variant.contentType()).result(variant.bytes());
    }

    private void largest(Context ctx) {
        long id = id(ctx);
        int width = images.largestWidth(id).orElseThrow(NotFoundResponse::new);
        ctx.redirect("/media/" + id + "/" + width, HttpStatus.FOUND);
    }

    private static long id(Context ctx) {
        return number(ctx.pathParam("id"), 18);
    }

    /** Only plain digits: any other spelling of a number ("+1", "01") would be a second address of one image. */
    private static long number(String value, int maxDigits) {
        if (!value.matches("[1-9][0-9]{0," + (maxDigits - 1) + "}")) {
            throw new NotFoundResponse();
        }
        return Long.parseLong(value);
    }
}
