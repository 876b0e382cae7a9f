package org.makemothersmatter.core.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.admin.view.Choice;
import org.makemothersmatter.core.admin.view.MediaView;
import org.makemothersmatter.core.editorial.ArticleEditor;
import org.makemothersmatter.core.media.ImageDao;
import org.makemothersmatter.core.media.Images;
import org.makemothersmatter.core.model.PageRequest;
import org.makemothersmatter.core.sites.Sites;

/** Images in the back office: those of the account's sites, with the line that shows one in an article, and uploading. */
public final class MediaAdminRoutes {

    private static final int PAGE_SIZE = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
            .withZone(ArticleEditor.ZONE);

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
    }

    private void list(Context ctx) {
        show(ctx, ctx.queryParam("site"), "", null);
    }

    private void upload(Context ctx) {
        Account account = security.account(ctx);
        String site = ctx.formParam("site");
        String alt = ctx.formParam("alt");
        UploadedFile file = ctx.uploadedFile("file");
        try {
            images.upload(account, site, alt, file == null ? InputStream.nullInputStream() : file.content());
            ctx.redirect("/admin/media?site=" + encode(site) + "&" + AdminPages.NOTICE_PARAM + "="
                    + encode("Image uploaded. To show it in an article, paste its line below into the text."),
                    HttpStatus.SEE_OTHER);
        } catch (Images.Refused e) {
            // 422: the form is understood but the file or its description cannot be taken; what was typed is kept.
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            show(ctx, site, alt, e.getMessage());
        }
    }

    private void show(Context ctx, String site, String alt, String error) {
        Account account = security.account(ctx);
        List<String> mine = sites.plugins().stream().map(p -> p.site().code()).filter(account::worksOn).toList();
        String shown = mine.contains(site) ? site : null;
        int page = AdminPaging.page(ctx);
        var slice = images.list(account, shown, new PageRequest(page, PAGE_SIZE));
        List<MediaView.Row> rows = slice.items().stream().map(i -> new MediaView.Row(
                "/media/" + i.id() + "/" + i.thumbnailWidth(), i.width(), i.height(), i.altText(), i.site(),
                i.uploadedAt().toString(), DAY.format(i.uploadedAt()), i.uploadedBy(), markdown(i))).toList();
        List<Choice> siteChoices = mine.stream().map(s -> new Choice(s, s, s.equals(shown))).toList();
        pages.render(ctx, "media", new MediaView(pages.frame(ctx, "Images", error),
                Stream.concat(Stream.of(new Choice("", "all my sites", shown == null)), siteChoices.stream()).toList(),
                rows, slice.total() + (slice.total() == 1 ? " image" : " images"),
                AdminPaging.pagination("/admin/media?" + (shown == null ? "" : "site=" + shown + "&"), page,
                        slice.total(), PAGE_SIZE),
                account.role() != Role.TRANSLATOR && !mine.isEmpty(), siteChoices, alt == null ? "" : alt,
                Images.MAX_ALT_LENGTH, Images.MAX_BYTES / (1024 * 1024) + " MB"));
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
