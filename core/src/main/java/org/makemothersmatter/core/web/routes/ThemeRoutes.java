package org.makemothersmatter.core.web.routes;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import jakarta.inject.Inject;
import java.util.List;
import org.makemothersmatter.core.documents.Documents;
import org.makemothersmatter.core.feeds.FeedFormat;
import org.makemothersmatter.core.feeds.Feeds;
import org.makemothersmatter.core.model.ArticleSummary;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Slice;
import org.makemothersmatter.core.model.Translated;
import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.themes.Theme;
import org.makemothersmatter.core.themes.Themes;
import org.makemothersmatter.core.web.Addresses;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.Presenter;
import org.makemothersmatter.core.web.SiteRequest;
import org.makemothersmatter.core.web.view.Link;
import org.makemothersmatter.core.web.view.ThemeCard;
import org.makemothersmatter.core.web.view.ThemeView;
import org.makemothersmatter.core.web.view.ThemesView;

/**
 * The network's themes on the international site: their index, and each theme's page, which lists what every site
 * published on it, newest first. Any change of any site may change them, as it does the international news.
 */
public final class ThemeRoutes {

    /** The latest statements and reports a theme's page lists. */
    private static final int DOCUMENTS = 20;

    private final Themes themes;
    private final Documents documents;
    private final Sites sites;
    private final Addresses addresses;
    private final Presenter presenter;
    private final PageRenderer renderer;
    private final Feeds feeds;

    @Inject
    public ThemeRoutes(Themes themes, Documents documents, Sites sites, Addresses addresses, Presenter presenter,
                       PageRenderer renderer, Feeds feeds) {
        this.themes = themes;
        this.documents = documents;
        this.sites = sites;
        this.addresses = addresses;
        this.presenter = presenter;
        this.renderer = renderer;
        this.feeds = feeds;
    }

    public void index(Context ctx, SiteRequest request) {
        Language language = request.language();
        Texts t = presenter.texts(request);
        List<ThemeCard> cards = themes.current().stream().map(theme -> {
            Translated<Theme.Translation> shown = theme.in(language);
            return new ThemeCard(shown.value().name(), request.url("/themes/" + shown.value().slug()),
                    shown.value().description(), Presenter.langIfOther(shown.language(), language));
        }).toList();
        renderer.render(ctx, request.site(), "themes", new ThemesView(t, t.get("themes.title"), t.get("themes.intro"),
                cards), presenter.layout(request, t.get("themes.title"), t.get("themes.intro"), l -> "/themes", true));
    }

    /** A theme by its slug in any language; sent to its slug in the page's language if that is another. */
    public void theme(Context ctx, SiteRequest request) {
        Theme theme = themes.bySlug(ctx.pathParam("slug"), request.language()).orElseThrow(NotFoundResponse::new);
        String slug = theme.in(request.language()).value().slug();
        if (!slug.equals(ctx.pathParam("slug"))) {
            ctx.redirect(request.url("/themes/" + slug), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        PageRenderer.answer(ctx, themePage(request, theme,
                themes.articles(theme, request.language(), Paging.of(ctx))));
    }

    private byte[] themePage(SiteRequest request, Theme theme, Slice<ArticleSummary> slice) {
        Language language = request.language();
        Texts t = presenter.texts(request);
        Translated<Theme.Translation> shown = theme.in(language);
        int number = slice.request().page();
        String path = "/themes/" + shown.value().slug();
        List<Link> pages = number > 1 ? List.of() : themes.pages(theme, language).stream()
                .flatMap(page -> sites.find(page.site()).stream().map(site -> Link.of(page.title(),
                        addresses.link(request, site, "/pages/" + page.slug()), false,
                        Presenter.langIfOther(page.language(), language))))
                .toList();
        String title = number == 1 ? shown.value().name() : t.format("news.titlePage", shown.value().name(), number);
        var view = new ThemeView(t, title, Presenter.langIfOther(shown.language(), language),
                shown.value().description(),
                presenter.cards(slice.items(), request), presenter.pagination(slice, request.url(path), request),
                slice.items().isEmpty() ? t.get(number == 1 ? "themes.none" : "news.beyond") : null, pages,
                number > 1 ? List.of() : presenter.documents(documents.ofTheme(theme.id(), DOCUMENTS), request));
        return renderer.render(request.site(), "theme", view, presenter.layout(request, title,
                shown.value().description(), l -> "/themes/" + theme.in(l).value().slug(),
                !slice.items().isEmpty() || number == 1).withFeeds(Feeds.links(request, path,
                Feeds.title(shown.value().name(), t))));
    }

    /** A theme's feed, at its page's address in the request's language (else none: a 404). */
    public void feed(Context ctx, SiteRequest request, FeedFormat format) {
        Theme theme = themes.bySlug(ctx.pathParam("slug"), request.language()).orElseThrow(NotFoundResponse::new);
        String slug = theme.in(request.language()).value().slug();
        if (!slug.equals(ctx.pathParam("slug"))) {
            throw new NotFoundResponse();
        }
        feeds.theme(ctx, request, format, theme.id(), slug, theme.in(request.language()).value().name());
    }
}
