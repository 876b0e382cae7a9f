package org.makemothersmatter.core.admin;

import static org.makemothersmatter.core.admin.AdminForms.attempt;
import static org.makemothersmatter.core.admin.AdminForms.choices;
import static org.makemothersmatter.core.admin.AdminForms.id;
import static org.makemothersmatter.core.admin.AdminForms.version;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import jakarta.inject.Inject;
import java.util.List;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.admin.view.ThemeAdminView;
import org.makemothersmatter.core.admin.view.ThemesAdminView;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Translated;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.themes.Theme;
import org.makemothersmatter.core.themes.Themes;

/**
 * The network's themes, for network administrators only: the list in its order, where a theme is added, moved up or
 * down, retired or brought back; and each theme's page, where its name, address and description are written in each
 * language of the international site, whose pages show them.
 */
public final class ThemeAdminRoutes {

    static final String PATH = "/admin/themes";

    private final AdminSecurity security;
    private final AdminPages pages;
    private final Themes themes;
    private final Sites sites;

    @Inject
    public ThemeAdminRoutes(AdminSecurity security, AdminPages pages, Themes themes, Sites sites) {
        this.security = security;
        this.pages = pages;
        this.themes = themes;
        this.sites = sites;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> {
            security.requireAdmin(ctx);
            showList(ctx, null, "", "", "", null);
        });
        routes.post(PATH, this::create);
        routes.get(PATH + "/{id}", ctx -> {
            security.requireAdmin(ctx);
            showTheme(ctx, theme(ctx), null, null);
        });
        routes.post(PATH + "/{id}/text/{language}", this::saveText);
        routes.post(PATH + "/{id}/move", this::move);
        routes.post(PATH + "/{id}/retire", this::retire);
    }

    private void create(Context ctx) {
        Account admin = security.requireAdmin(ctx);
        AdminTexts t = pages.texts(ctx);
        String language = ctx.formParam("language");
        String name = ctx.formParam("name");
        String slug = ctx.formParam("slug");
        String description = ctx.formParam("description");
        attempt(t, ctx, () -> PATH + "/" + themes.create(admin, language(t, language), name, slug, description),
                t.get("themes.created"), error -> showList(ctx, language, name, slug, description, error));
    }

    private void saveText(Context ctx) {
        Account admin = security.requireAdmin(ctx);
        AdminTexts t = pages.texts(ctx);
        Theme theme = theme(ctx);
        Language language = Language.find(ctx.pathParam("language")).filter(languages()::contains)
                .orElseThrow(NotFoundResponse::new);
        attempt(t, ctx, () -> {
            themes.saveTranslation(admin, theme.id(), version(ctx), language, ctx.formParam("name"),
                    ctx.formParam("slug"), ctx.formParam("description"));
            return PATH + "/" + theme.id();
        }, t.get("themes.saved"), error -> showTheme(ctx, theme, language, error));
    }

    private void move(Context ctx) {
        Account admin = security.requireAdmin(ctx);
        AdminTexts t = pages.texts(ctx);
        String direction = String.valueOf(ctx.formParam("direction"));
        if (!direction.equals("up") && !direction.equals("down")) {
            throw new BadRequestResponse("Move a theme up or down.");
        }
        long id = theme(ctx).id();
        attempt(t, ctx, () -> {
            themes.move(admin, id, version(ctx), direction.equals("up"));
            return PATH;
        }, t.get("themes.moved"), error -> showList(ctx, null, "", "", "", error));
    }

    private void retire(Context ctx) {
        Account admin = security.requireAdmin(ctx);
        AdminTexts t = pages.texts(ctx);
        boolean retired = "true".equals(ctx.formParam("retired"));
        long id = theme(ctx).id();
        attempt(t, ctx, () -> {
            themes.retire(admin, id, version(ctx), retired);
            return PATH;
        }, t.get(retired ? "themes.retired.done" : "themes.restored.done"),
                error -> showList(ctx, null, "", "", "", error));
    }

    private void showList(Context ctx, String language, String name, String slug, String description,
                          String error) {
        AdminTexts t = pages.texts(ctx);
        List<Theme> all = themes.all();
        List<ThemesAdminView.Row> rows = all.stream().map(theme -> {
            Translated<Theme.Translation> shown = theme.in(t.language());
            String url = PATH + "/" + theme.id();
            return new ThemesAdminView.Row(url, shown.value().name(), shown.isFallback(t.language())
                    ? shown.language().code() : null,
                    t.languages(theme.translations().stream().map(Theme.Translation::language).toList()),
                    t.get(theme.retired() ? "themes.state.retired" : "themes.state.current"), theme.version(),
                    url + "/move", theme != all.get(0), theme != all.get(all.size() - 1), url + "/retire",
                    theme.retired());
        }).toList();
        List<String> codes = languages().stream().map(Language::code).toList();
        pages.render(ctx, "themes", new ThemesAdminView(pages.frame(ctx, t.get("menu.themes"), error), rows,
                choices(codes, language == null ? codes.get(0) : language, null, t::language),
                name == null ? "" : name, slug == null ? "" : slug, description == null ? "" : description,
                Themes.MAX_NAME, Themes.MAX_DESCRIPTION));
    }

    /** A theme's page; after a refused form, with that language's text as typed. */
    private void showTheme(Context ctx, Theme theme, Language typed, String error) {
        AdminTexts t = pages.texts(ctx);
        String url = PATH + "/" + theme.id();
        List<ThemeAdminView.Text> texts = languages().stream().map(language -> {
            var stored = theme.translation(language);
            boolean asTyped = language.equals(typed);
            return new ThemeAdminView.Text(language.code(), t.language(language), language.dir(),
                    url + "/text/" + language.code(),
                    asTyped ? ctx.formParam("name") : stored.map(Theme.Translation::name).orElse(""),
                    asTyped ? ctx.formParam("slug") : stored.map(Theme.Translation::slug).orElse(""),
                    asTyped ? ctx.formParam("description") : stored.map(Theme.Translation::description).orElse(""),
                    theme.version(), language.equals(theme.originalLanguage()));
        }).toList();
        pages.render(ctx, "theme", new ThemeAdminView(pages.frame(ctx,
                theme.in(t.language()).value().name(), error), texts, Themes.MAX_NAME, Themes.MAX_DESCRIPTION, PATH));
    }

    /** The theme of the address; another is a 404. */
    private Theme theme(Context ctx) {
        return themes.find(id(ctx)).orElseThrow(NotFoundResponse::new);
    }

    /** The languages a theme is written in: those of the international site, which shows the themes' pages. */
    private List<Language> languages() {
        return sites.network().languages();
    }

    private Language language(AdminTexts t, String code) {
        return Language.find(code).filter(languages()::contains)
                .orElseThrow(() -> new IllegalArgumentException(t.get("new.chooseLanguage")));
    }
}
