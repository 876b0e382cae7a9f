package org.makemothersmatter.core.admin;

import static org.makemothersmatter.core.admin.AdminForms.id;
import static org.makemothersmatter.core.admin.AdminForms.redirect;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.admin.view.Choice;
import org.makemothersmatter.core.admin.view.ImageView;
import org.makemothersmatter.core.admin.view.MediaView;
import org.makemothersmatter.core.media.ImageDao;
import org.makemothersmatter.core.media.Images;
import org.makemothersmatter.core.model.PageRequest;
import org.makemothersmatter.core.model.Refused;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.web.view.Link;

/**
 * Images in the back office: those of the account's sites, with the line that shows one in an article, and uploading;
 * each image's page, where its alternative text is changed, what uses it is listed, and, when nothing does, its
 * deletion is confirmed. The edit page's image picker reads the same list, and uploads, as JSON.
 */
public final class MediaAdminRoutes {

    private static final int PAGE_SIZE = 30;
    /** Where a page's texts are edited, by the kind of the text. */
    private static final Map<String, String> EDITORS = Map.of("article", "/admin/articles/", "page", "/admin/pages/");

    private final Images images;
    private final AdminSecurity security;
    private final AdminPages pages;
    private final Sites sites;

    @Inject
    public MediaAdminRoutes(Images images, AdminSecurity security, AdminPages pages, Sites sites) {
        this.images = images;
        this.security = security;
        this.pages = pages;
        this.sites = sites;
    }

    void register(RoutesConfig routes) {
        routes.get("/admin/media", this::list);
        routes.post("/admin/media", this::upload);
        routes.get("/admin/media.json", this::listJson);
        routes.post("/admin/media.json", this::uploadJson);
        routes.get("/admin/media/{id}", ctx -> showImage(ctx, null, null, false));
        routes.post("/admin/media/{id}/alt", this::describe);
        routes.get("/admin/media/{id}/delete", ctx -> showImage(ctx, null, null, true));
        routes.post("/admin/media/{id}/delete", this::delete);
    }

    private void list(Context ctx) {
        show(ctx, ctx.queryParam("site"), "", null);
    }

    private void upload(Context ctx) {
        Account account = security.account(ctx);
        String site = ctx.formParam("site");
        String alt = ctx.formParam("alt");
        try {
            images.upload(account, site, alt, content(ctx));
            ctx.redirect("/admin/media?site=" + encode(site) + "&" + AdminPages.NOTICE_PARAM + "="
                    + encode(pages.texts(ctx).get("media.uploaded.done")),
                    HttpStatus.SEE_OTHER);
        } catch (Refused e) {
            // 422: the form is understood but the file or its description cannot be taken; what was typed is kept.
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            show(ctx, site, alt, pages.texts(ctx).reason(e));
        } catch (Images.Busy e) {
            show(busy(ctx), site, alt, pages.texts(ctx).get("media.refused.busy"));
        }
    }

    /** 503: other uploads took the server's turns for too long; the same upload is taken later. */
    private static Context busy(Context ctx) {
        return ctx.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30");
    }

    /** An image as the editor's picker lists it: what it shows, its thumbnail, and the line that inserts it. */
    record PickedImage(long id, String alt, String thumbnail, int width, int height, String markdown) {

        static PickedImage of(ImageDao.Listed image) {
            return new PickedImage(image.id(), image.altText(), thumbnailUrl(image), image.width(), image.height(),
                    MediaAdminRoutes.markdown(image));
        }
    }

    /** A page of the picker's list, and the address of the next one, if there is one. */
    record PickerPage(List<PickedImage> images, String next) {
    }

    /** The images of one of the account's sites, newest first, a page at a time, for the picker. */
    private void listJson(Context ctx) {
        Account account = security.account(ctx);
        String site = AdminForms.option(ctx, "site", sites.plugins().stream().map(p -> p.site().code())
                .filter(account::worksOn).toList());
        int page = AdminPaging.page(ctx);
        var slice = images.list(account, site, new PageRequest(page, PAGE_SIZE));
        ctx.json(new PickerPage(slice.items().stream().map(PickedImage::of).toList(), slice.hasNext()
                ? "/admin/media.json?" + (site == null ? "" : "site=" + site + "&") + "page=" + (page + 1) : null));
    }

    /**
     * An upload from the picker: the new image (201), or why it was refused (422) or not taken now (503), with
     * nothing stored.
     */
    private void uploadJson(Context ctx) {
        Account account = security.account(ctx);
        try {
            long id = images.upload(account, ctx.formParam("site"), ctx.formParam("alt"), content(ctx));
            ctx.status(HttpStatus.CREATED).json(PickedImage.of(images.find(account, id)));
        } catch (Refused e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).json(Map.of("error", pages.texts(ctx).reason(e)));
        } catch (Images.Busy e) {
            busy(ctx).json(Map.of("error", pages.texts(ctx).get("media.refused.busy")));
        }
    }

    private void describe(Context ctx) {
        Account account = security.account(ctx);
        long id = id(ctx);
        try {
            images.describe(account, id, ctx.formParam("alt"));
            redirect(ctx, "/admin/media/" + id, pages.texts(ctx).get("media.alt.done"));
        } catch (Refused e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            showImage(ctx, ctx.formParam("alt"), pages.texts(ctx).reason(e), false);
        }
    }

    private void delete(Context ctx) {
        Account account = security.account(ctx);
        long id = id(ctx);
        String site = images.find(account, id).site();
        try {
            images.delete(account, id);
            redirect(ctx, "/admin/media?site=" + encode(site), pages.texts(ctx).get("media.deleted"));
        } catch (Images.InUse e) {
            // 409: the image is there to be deleted, but what uses it would lose it.
            ctx.status(HttpStatus.CONFLICT);
            showImage(ctx, null, pages.texts(ctx).get("media.refused.inUse"), false);
        }
    }

    /** An image's page, or the confirmation of its deletion; after a refused change, with what was typed. */
    private void showImage(Context ctx, String typedAlt, String error, boolean confirming) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        ImageDao.Listed image = images.find(account, id(ctx));
        String url = "/admin/media/" + image.id();
        List<Link> uses = images.uses(image.id()).stream().map(use -> Link.of(t.format("media.use." + use.kind(),
                use.title(), use.featured() ? t.get("media.use.featured") : use.pending()
                        ? t.format("media.use.pending", t.language(use.language())) : t.language(use.language())),
                EDITORS.get(use.kind()) + use.itemId() + "?lang=" + use.language().code(), false)).toList();
        pages.render(ctx, "media-image", new ImageView(pages.frame(ctx,
                t.get(confirming ? "media.delete.title" : "media.title"), error),
                "/media/" + image.id() + "/" + image.articleWidth(), image.width(), image.height(),
                image.altText(), image.site(), t.format("media.size", String.valueOf(image.width()),
                        String.valueOf(image.height())),
                image.uploadedAt().toString(), t.day(image.uploadedAt()), image.uploadedBy(), markdown(image),
                account.role() != Role.TRANSLATOR, url + "/alt", typedAlt == null ? image.altText() : typedAlt,
                Images.MAX_ALT_LENGTH, uses, url + "/delete", confirming ? url : "/admin/media?site=" + image.site(),
                confirming));
    }

    private void show(Context ctx, String site, String alt, String error) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        List<Site> mine = sites.plugins().stream().map(p -> p.site()).filter(s -> account.worksOn(s.code())).toList();
        String shown = mine.stream().map(Site::code).filter(code -> code.equals(site)).findFirst().orElse(null);
        int page = AdminPaging.page(ctx);
        var slice = images.list(account, shown, new PageRequest(page, PAGE_SIZE));
        List<MediaView.Row> rows = slice.items().stream().map(i -> new MediaView.Row("/admin/media/" + i.id(),
                thumbnailUrl(i), i.width(), i.height(), i.altText(), sites.name(i.site()), i.uploadedAt().toString(),
                t.day(i.uploadedAt()), i.uploadedBy(), markdown(i))).toList();
        List<Choice> siteChoices = mine.stream().map(s -> new Choice(s.code(), s.name(), s.code().equals(shown)))
                .toList();
        pages.render(ctx, "media", new MediaView(pages.frame(ctx, t.get("menu.images"), error),
                Stream.concat(Stream.of(new Choice("", t.get("filter.anySite"), shown == null)), siteChoices.stream())
                        .toList(),
                rows, t.format("media.count", slice.total()),
                AdminPaging.pagination(t, "/admin/media?" + (shown == null ? "" : "site=" + shown + "&"), page,
                        slice.total(), PAGE_SIZE),
                account.role() != Role.TRANSLATOR && !mine.isEmpty(), siteChoices, alt == null ? "" : alt,
                Images.MAX_ALT_LENGTH, Images.MAX_SIZE));
    }

    private static InputStream content(Context ctx) {
        UploadedFile file = ctx.uploadedFile("file");
        return file == null ? InputStream.nullInputStream() : file.content();
    }

    private static String thumbnailUrl(ImageDao.Listed image) {
        return "/media/" + image.id() + "/" + image.thumbnailWidth();
    }

    /** The Markdown that shows an image in an article; brackets in its text are escaped so they do not end it. */
    private static String markdown(ImageDao.Listed image) {
        return "![" + image.altText().replaceAll("([\\\\\\[\\]])", "\\\\$1") + "](/media/" + image.id() + "/"
                + image.articleWidth() + ")";
    }

    private static String encode(String value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }
}
