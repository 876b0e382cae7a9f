package org.makemothersmatter.core.admin;

import static org.makemothersmatter.core.admin.AdminForms.attempt;
import static org.makemothersmatter.core.admin.AdminForms.withQuery;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.admin.view.AdminFrame;
import org.makemothersmatter.core.admin.view.EditorView;
import org.makemothersmatter.core.admin.view.PageEditView;
import org.makemothersmatter.core.admin.view.PageListView;
import org.makemothersmatter.core.admin.view.PageNewView;
import org.makemothersmatter.core.editorial.Draft;
import org.makemothersmatter.core.editorial.EditablePage;
import org.makemothersmatter.core.editorial.PageEditor;
import org.makemothersmatter.core.editorial.Status;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.PageRequest;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.model.Slice;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.themes.Themes;
import org.makemothersmatter.core.web.SiteRequest;
import org.makemothersmatter.core.web.routes.PageRoutes;

/**
 * Static pages in the back office: the list and starting one; the rest, as for articles, in
 * {@link EditorRoutes}. The pages the international site's own routes show say that they stay published.
 */
public final class PageAdminRoutes extends EditorRoutes<EditablePage> {

    /** Pages are drafts, published or in the trash: never scheduled. */
    private static final List<String> STATUSES = Stream.of(Status.DRAFT, Status.PUBLISHED, Status.TRASHED)
            .map(Status::code).toList();

    private final PageEditor editor;
    private final PageRoutes publicPages;

    @Inject
    public PageAdminRoutes(PageEditor editor, AdminSecurity security, AdminPages pages, Sites sites, Themes themes,
                           PageRoutes publicPages) {
        super(editor, security, pages, sites, themes, "page", "/pages/", false);
        this.editor = editor;
        this.publicPages = publicPages;
    }

    void register(RoutesConfig routes) {
        routes.get(base, this::list);
        routes.get(base + "/new", ctx -> showNew(ctx, ctx.queryParam("site"), null, null, new Draft("", "", null, "")));
        routes.post(base, this::create);
        registerEditing(routes);
    }

    private void list(Context ctx) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        Filters filters = filters(ctx, STATUSES);
        var slice = editor.list(account, new PageEditor.Filter(filters.site(), filters.status(), filters.language(),
                filters.missing(), filters.q()), new PageRequest(filters.page(), PAGE_SIZE));
        Map<Long, List<Language>> languages = editor.languages(slice.items().stream().map(p -> p.id()).toList());
        List<PageListView.Row> rows = slice.items().stream().map(p -> new PageListView.Row(base + "/" + p.id(),
                p.title(), p.originalLanguage().code(), sites.name(p.site()), t.status(p.status()),
                languageColumn(t, languages, p.id()), TrashAndBulkRoutes.tick(account, p.id(), p.version()))).toList();
        String url = withQuery(base, "q", filters.q(), "site", filters.site(), "status", filters.status(), "language",
                filters.language(), "missing", filters.missing());
        pages.render(ctx, "pages", new PageListView(pages.frame(ctx, t.get("menu.pages"), null),
                shown(t, account, filters), rows, count(t, slice.total()),
                AdminPaging.pagination(t, url, filters.page(), slice.total(), PAGE_SIZE), newUrl(filters.site()),
                lists.listActions(t, account, back(url, filters.page()))));
    }

    @Override
    Slice<TrashAndBulkRoutes.Item> trashed(Account account, PageRequest page) {
        var slice = editor.list(account, new PageEditor.Filter(null, Status.TRASHED.code(), null, null, null), page);
        return new Slice<>(slice.items().stream().map(p -> new TrashAndBulkRoutes.Item(p.id(), p.version(), p.title(),
                p.originalLanguage(), p.site())).toList(), page, slice.total());
    }

    private void create(Context ctx) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        Draft draft = draft(ctx);
        String site = ctx.formParam("site");
        attempt(t, ctx, () -> {
            Language language = Language.find(ctx.formParam("language"))
                    .orElseThrow(() -> new IllegalArgumentException(t.get("new.chooseLanguage")));
            long id = editor.create(account, String.valueOf(site), language, draft);
            return base + "/" + id + "?lang=" + language.code();
        }, t.get("new.saved"), error -> showNew(ctx, site, ctx.formParam("language"), error, draft));
    }

    private void showNew(Context ctx, String site, String language, String error, Draft draft) {
        AdminTexts t = pages.texts(ctx);
        List<Site> mine = sitesToStartOn(security.account(ctx));
        pages.render(ctx, "page-new", new PageNewView(pages.frame(ctx, t.get("new.page"), error),
                siteChoices(mine, site), languageChoices(t, mine, language), draft.title(), draft.body()));
    }

    /** A page's themes, saved with its text when they changed. */
    @Override
    SettingsSave settings(Context ctx, EditablePage page) {
        Optional<List<Long>> typed = themesTyped(ctx, pages.texts(ctx));
        if (typed.isEmpty() || sameThemes(typed.get(), themes.ofPage(page.id()))) {
            return super.settings(ctx, page);
        }
        return (account, id, version) -> {
            editor.saveThemes(account, id, typed.get());
            return version;
        };
    }

    @Override
    void render(Context ctx, AdminFrame frame, EditorView common, EditablePage page, Site site) {
        pages.render(ctx, "page-edit", new PageEditView(frame, common,
                themeChoices(ctx, pages.texts(ctx), themes.ofPage(page.id()))));
    }

    @Override
    String keptNote(AdminTexts t, EditablePage page) {
        return editor.requiredByRoutes(page) ? t.get("edit.kept.international") : null;
    }

    @Override
    void preview(Context ctx, SiteRequest request, EditablePage page) {
        publicPages.render(ctx, request, page.asPages(), false);
    }
}
