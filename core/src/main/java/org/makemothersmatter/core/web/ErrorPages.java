package org.makemothersmatter.core.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import jakarta.inject.Inject;
import org.makemothersmatter.core.admin.AdminPages;
import java.util.Arrays;
import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.web.SiteRequest;
import org.makemothersmatter.core.web.cache.PageCacheHandler;
import org.makemothersmatter.core.web.view.ErrorView;

/**
 * Error pages in the language of the site the visitor was on, guessed from the path ({@code /belgium/fr/...},
 * as routed)
 * or else from the browser; the back office's are its own, in its language. They never show a stack trace.
 */
public final class ErrorPages {

    private final Sites sites;
    private final Presenter presenter;
    private final PageRenderer renderer;
    private final Addresses addresses;
    private final PageCacheHandler pageCache;
    private final AdminPages admin;

    @Inject
    public ErrorPages(Sites sites, Presenter presenter, PageRenderer renderer, Addresses addresses,
                      PageCacheHandler pageCache, AdminPages admin) {
        this.sites = sites;
        this.presenter = presenter;
        this.renderer = renderer;
        this.addresses = addresses;
        this.pageCache = pageCache;
        this.admin = admin;
    }

    /**
     * Renders the page for the response's status (400, 403, 404, 413, 422, 429, 500 or 503). A bad request that sent a
     * form is told apart from a bad address: what went wrong is the form.
     */
    public void render(Context ctx) {
        int status = ctx.statusCode();
        render(ctx, switch (status) {
            case 400 -> ctx.method() == HandlerType.POST ? "400.form" : "400";
            case 403, 404, 413, 422, 429, 503 -> String.valueOf(status);
            default -> "500";
        });
    }

    /** Renders the page of a kind of error, titled and told by the strings {@code error.<kind>.title} and message. */
    public void render(Context ctx, String kind) {
        if (AdminPages.isBackOffice(ctx.path())) {
            admin.error(ctx, kind);
            return;
        }
        SiteRequest request = requestOf(ctx);
        Texts t = presenter.texts(request);
        var view = new ErrorView(t, t.get("error." + kind + ".title"), t.get("error." + kind + ".message"),
                request.url(""));
        PageRenderer.answer(ctx, renderer.render(request.site(), "error", view, presenter.layout(request, view.title(),
                view.title(), l -> "", false)));
        // A missing story or page of a kept kind is kept too, until its site's content changes.
        pageCache.keep(ctx);
    }

    private SiteRequest requestOf(Context ctx) {
        List<String> segments = Arrays.stream(ctx.path().split("/")).filter(s -> !s.isEmpty()).toList();
        Site site = segments.isEmpty() ? sites.network()
                : sites.find(segments.get(0)).filter(s -> !s.network()).orElse(sites.network());
        int languageSegment = site.network() ? 0 : 1;
        Language language = segments.size() > languageSegment
                ? Language.find(segments.get(languageSegment)).filter(site::publishesIn).orElse(null)
                : null;
        if (language == null) {
            language = LanguageNegotiation.best(site, ctx.header("Accept-Language"));
        }
        return addresses.request(ctx, site, language);
    }
}
