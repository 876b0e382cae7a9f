package org.makemothersmatter.core.web;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.makemothersmatter.core.plugin.OwnPage;
import org.makemothersmatter.core.plugin.SiteRequest;
import org.makemothersmatter.core.service.NewsService;
import org.makemothersmatter.core.web.view.OwnPageView;

/**
 * A plugin's own page in its site's frame, with what such pages share: a title and a lead from the site's
 * strings, and the site's latest news as core's cards. The strings of a page named {@code workshops} are
 * {@code workshops.title}, {@code workshops.lead} and {@code workshops.news} (the heading of its news).
 */
public final class OwnPages {

    private static final int LATEST = 3;

    private final NewsService news;
    private final Presenter presenter;
    private final PageRenderer renderer;

    @Inject
    public OwnPages(NewsService news, Presenter presenter, PageRenderer renderer) {
        this.news = news;
        this.presenter = presenter;
        this.renderer = renderer;
    }

    /** A page a plugin declares: its template given its shared part, at its path of the site. */
    public void render(Context ctx, SiteRequest request, OwnPage page) {
        render(ctx, request, page.name(), view(request, page.name(), page.items()), page.path());
    }

    /** The shared part of the page named {@code name}, in the request's language. */
    public OwnPageView view(SiteRequest request, String name) {
        return view(request, name, List.of());
    }

    private OwnPageView view(SiteRequest request, String name, List<String> items) {
        Texts t = presenter.texts(request);
        var cards = presenter.cards(news.latestOfSite(request.site().code(), request.language(), LATEST), request);
        return new OwnPageView(t, t.get(name + ".title"), t.get(name + ".lead"), items.stream().map(t::get).toList(),
                renderer.tag("latest",
                Map.of("heading", t.get(name + ".news"), "cards", cards, "emptyText", t.get("news.none"),
                        "newsUrl", request.url("/news"), "allNews", t.get("home.allNews"))));
    }

    /** Answers with the plugin's template, given the page's shared part, at {@code path} of the site. */
    public void render(Context ctx, SiteRequest request, String template, OwnPageView page, String path) {
        render(ctx, request, template, page, page, path);
    }

    /** The same, for a template that is given a view of its own besides the shared part. */
    public void render(Context ctx, SiteRequest request, String template, Object view, OwnPageView page,
                       String path) {
        renderer.render(ctx, request.site(), template, view,
                presenter.layout(request, page.title(), page.lead(), language -> path, true));
    }
}
