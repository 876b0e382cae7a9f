package org.makemothersmatter.core.admin;

import static org.makemothersmatter.core.admin.AdminForms.id;
import static org.makemothersmatter.core.admin.AdminForms.redirect;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.admin.view.Choice;
import org.makemothersmatter.core.admin.view.DocumentView;
import org.makemothersmatter.core.admin.view.DocumentsView;
import org.makemothersmatter.core.documents.Document;
import org.makemothersmatter.core.documents.Documents;
import org.makemothersmatter.core.media.Images;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.PageRequest;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.themes.Themes;
import org.makemothersmatter.core.web.Presenter;
import org.makemothersmatter.core.web.view.Link;

/**
 * Statements and reports in the back office: those of the account's sites, and the upload form of the site shown; each
 * document's page, where its deletion is confirmed when no published text uses it.
 */
public final class DocumentAdminRoutes {

    /** Where documents are listed and uploaded. */
    public static final String PATH = "/admin/documents";
    private static final int PAGE_SIZE = 30;
    /** The start of a document's text its page shows, to check it was read. */
    private static final int TEXT_START = 600;

    private final Documents documents;
    private final Themes themes;
    private final AdminSecurity security;
    private final AdminPages pages;
    private final Sites sites;

    @Inject
    public DocumentAdminRoutes(Documents documents, Themes themes, AdminSecurity security, AdminPages pages,
                               Sites sites) {
        this.documents = documents;
        this.themes = themes;
        this.security = security;
        this.pages = pages;
        this.sites = sites;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> show(ctx, null));
        routes.post(PATH, this::upload);
        routes.get(PATH + "/{id}", ctx -> showDocument(ctx, null, false));
        routes.get(PATH + "/{id}/delete", ctx -> showDocument(ctx, null, true));
        routes.post(PATH + "/{id}/delete", this::delete);
    }

    private void upload(Context ctx) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        try {
            List<Long> chosen = EditorRoutes.themesTyped(ctx, t).orElse(List.of());
            long id = documents.upload(account, new Documents.Upload(ctx.formParam("site"), ctx.formParam("title"),
                    ctx.formParam("date"), ctx.formParam("language"), ctx.formParam("symbol"),
                    ctx.formParam("article"), ctx.formParam("delegation"), chosen), content(ctx));
            redirect(ctx, PATH + "/" + id, t.get("documents.uploaded"));
        } catch (IllegalArgumentException e) {
            // 422: the form is understood but the file or what is said of it cannot be taken; what was typed is kept.
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            show(ctx, t.reason(e));
        } catch (Images.Busy e) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30");
            show(ctx, t.get("documents.refused.busy"));
        }
    }

    private void delete(Context ctx) {
        Account account = security.account(ctx);
        Document document = document(ctx, account);
        try {
            documents.delete(account, document.id());
            redirect(ctx, PATH + "?site=" + document.site(), pages.texts(ctx).get("documents.deleted"));
        } catch (Documents.InUse e) {
            // 409: the document is there to be deleted, but the published texts that use it would lose it.
            ctx.status(HttpStatus.CONFLICT);
            showDocument(ctx, pages.texts(ctx).get("documents.refused.inUse"), false);
        }
    }

    /** The list, and the upload form of the site of the list's filter, else the account's first it may upload to. */
    private void show(Context ctx, String error) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        List<Site> mine = sites.plugins().stream().map(p -> p.site()).filter(s -> account.worksOn(s.code())).toList();
        String asked = ctx.formParam("site") != null ? ctx.formParam("site") : ctx.queryParam("site");
        Site shown = mine.stream().filter(s -> s.code().equals(asked)).findFirst().orElse(null);
        Site uploadTo = account.role() == Role.TRANSLATOR ? null : shown != null ? shown
                : mine.isEmpty() ? null : mine.get(0);
        int page = AdminPaging.page(ctx);
        var slice = documents.list(account, shown == null ? null : shown.code(), new PageRequest(page, PAGE_SIZE));
        List<DocumentsView.Row> rows = slice.items().stream().map(d -> new DocumentsView.Row(PATH + "/" + d.id(),
                d.title(), d.language().equals(t.language()) ? null : d.language().code(), d.symbol(),
                sites.name(d.site()), d.issuedOn().toString(), t.day(d.issuedOn()), meta(t, d))).toList();
        List<Choice> filter = Stream.concat(Stream.of(new Choice("", t.get("filter.anySite"), shown == null)),
                mine.stream().map(s -> new Choice(s.code(), s.name(), s == shown))).toList();
        pages.render(ctx, "documents", new DocumentsView(pages.frame(ctx, t.get("menu.documents"), error), filter,
                rows, t.format("documents.count", slice.total()),
                AdminPaging.pagination(t, PATH + "?" + (shown == null ? "" : "site=" + shown.code() + "&"), page,
                        slice.total(), PAGE_SIZE),
                uploadTo == null ? null : uploadTo.code(), uploadTo == null ? null : uploadTo.name(),
                uploadTo == null ? null : form(ctx, t, uploadTo)));
    }

    /** The upload form of a site, with what was typed in a refused one. */
    private DocumentsView.Form form(Context ctx, AdminTexts t, Site site) {
        boolean typed = ctx.formParam("site") != null;
        String language = typed ? ctx.formParam("language") : site.defaultLanguage().code();
        List<String> codes = new ArrayList<>(site.languages().stream().map(Language::code).toList());
        if (language != null && Language.find(language).isPresent() && !codes.contains(language)) {
            codes.add(language);
        }
        String article = typed ? ctx.formParam("article") : "";
        List<Choice> articles = Stream.concat(Stream.of(new Choice("", t.get("documents.standingAlone"),
                        article == null || article.isEmpty())),
                documents.articlesOf(site.code()).stream().map(a -> new Choice(String.valueOf(a.id()), a.title(),
                        String.valueOf(a.id()).equals(article)))).toList();
        String delegation = typed ? ctx.formParam("delegation") : "";
        List<Choice> delegations = !site.network() ? List.of() : Stream.concat(
                Stream.of(new Choice("", t.get("documents.noDelegation"), delegation == null || delegation.isEmpty())),
                Arrays.stream(Section.values()).filter(Section::isDelegation).map(s -> new Choice(s.code(),
                        t.section(s.code()), s.code().equals(delegation)))).toList();
        Set<String> ticked = typed ? Set.copyOf(ctx.formParams("theme")) : Set.of();
        List<Choice> themeChoices = themes.current().stream().map(theme -> new Choice(String.valueOf(theme.id()),
                theme.in(t.language()).value().name(), ticked.contains(String.valueOf(theme.id())))).toList();
        return new DocumentsView.Form(AdminForms.choices(codes, language, null, t::language), articles, delegations,
                themeChoices, typed ? value(ctx, "title") : "",
                typed ? value(ctx, "date") : LocalDate.now(ZoneOffset.UTC).toString(),
                typed ? value(ctx, "symbol") : "", Documents.SYMBOL_IN_BROWSERS, Documents.MAX_SIZE, Documents.MAX_TITLE);
    }

    private void showDocument(Context ctx, String error, boolean confirming) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        Document d = document(ctx, account);
        String url = PATH + "/" + d.id();
        long uses = documents.publishedUses(d.id());
        boolean mayDelete = account.role() != Role.TRANSLATOR && uses == 0;
        String text = documents.text(d.id());
        Set<Long> tags = Set.copyOf(documents.themesOf(d.id()));
        String themeNames = themes.all().stream().filter(theme -> tags.contains(theme.id()))
                .map(theme -> theme.in(t.language()).value().name()).collect(Collectors.joining(", "));
        pages.render(ctx, "document", new DocumentView(pages.frame(ctx,
                t.get(confirming ? "documents.delete.title" : "documents.title"), error),
                d.title(), d.language().equals(t.language()) ? null : d.language().code(), d.url(), meta(t, d),
                d.symbol(), t.day(d.issuedOn()), sites.name(d.site()),
                d.articleId() == null ? null : Link.of(t.get("documents.article"), "/admin/articles/" + d.articleId(),
                        false),
                d.delegation() == null ? null : t.section(d.delegation()), themeNames,
                text.length() > TEXT_START ? text.substring(0, TEXT_START) + "…" : text,
                uses == 0 ? null : t.format("documents.used", uses), mayDelete ? url + "/delete" : null, confirming,
                confirming ? url : PATH + "?site=" + d.site()));
    }

    /** "PDF, 245 KB". */
    private static String meta(AdminTexts t, Document d) {
        return t.format("documents.meta", Presenter.size(d.sizeBytes(), t.t(), t.language()));
    }

    /** The document of the address (404 if there is none), if it is one of the account's sites' (403 if not). */
    private Document document(Context ctx, Account account) {
        long id = id(ctx);
        documents.find(id).orElseThrow(NotFoundResponse::new);
        return documents.find(account, id);
    }

    private static String value(Context ctx, String field) {
        String value = ctx.formParam(field);
        return value == null ? "" : value;
    }

    private static InputStream content(Context ctx) {
        UploadedFile file = ctx.uploadedFile("file");
        return file == null ? InputStream.nullInputStream() : file.content();
    }
}
