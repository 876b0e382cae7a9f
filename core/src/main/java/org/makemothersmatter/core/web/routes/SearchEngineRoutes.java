package org.makemothersmatter.core.web.routes;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sharing.Sitemaps;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.store.Transactions;
import org.makemothersmatter.core.web.cache.PageCacheHandler;

/**
 * What search engines read besides the pages: {@code /robots.txt} and the sitemaps (see {@link Sitemaps}). Kept
 * as pages are: the index and robots.txt with the international site's pages, which every change may alter, each
 * site's sitemap with its own.
 */
public final class SearchEngineRoutes {

    private static final String XML = "application/xml;charset=utf-8";
    /**
     * Every public page may be crawled, but the back office and search results (any site's, in any language: a
     * search's address ends in /search, with or without its query), which are endless and say nothing new.
     */
    private static final String ROBOTS = """
            User-agent: *
            Allow: /
            Disallow: /admin
            Disallow: /*/search$
            Disallow: /*/search?
            """;

    private final Sitemaps sitemaps;
    private final Sites sites;
    private final PageCacheHandler pageCache;
    private final Transactions transactions;

    @Inject
    public SearchEngineRoutes(Sitemaps sitemaps, Sites sites, PageCacheHandler pageCache, Transactions transactions) {
        this.sitemaps = sitemaps;
        this.sites = sites;
        this.pageCache = pageCache;
        this.transactions = transactions;
    }

    public void register(RoutesConfig routes) {
        routes.get("/robots.txt", ctx -> kept(ctx, sites.network(), () -> ctx.contentType("text/plain;charset=utf-8")
                .result((ROBOTS + "Sitemap: " + sitemaps.indexUrl() + "\n").getBytes(StandardCharsets.UTF_8))));
        routes.get("/sitemap.xml", ctx -> kept(ctx, sites.network(), () -> ctx.contentType(XML)
                .result(sitemaps.index())));
        routes.get("/sitemaps/{file}", ctx -> {
            Sitemaps.Part part = sitemaps.part(ctx.pathParam("file")).orElseThrow(NotFoundResponse::new);
            kept(ctx, part.site(), () -> ctx.contentType(XML)
                    .result(sitemaps.sitemap(part).orElseThrow(NotFoundResponse::new)));
        });
    }

    /** Answered as a kept page of the site: rendered once, then from memory until the site's content changes. */
    private void kept(Context ctx, Site site, Runnable answer) {
        pageCache.mark(ctx, site);
        transactions.reading(answer::run);
        pageCache.keep(ctx);
    }
}
