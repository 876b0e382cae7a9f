package org.makemothersmatter.core.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.store.Transactions;
import org.makemothersmatter.core.web.cache.PageCacheHandler;

/**
 * Where core, then the site's plugin, declare the pages of a site in a language: each route is checked against
 * those declared before it (see {@link RouteTable}), then answered with one database handle for all its queries,
 * which share a connection and attach each DAO once.
 */
public final class SiteRouter {

    private final JavalinConfig config;
    private final Site site;
    private final Language language;
    private final RouteTable table;
    private final String owner;
    private final Services services;

    /** What every route of every site is served with. */
    record Services(Addresses addresses, PageCacheHandler pageCache, Transactions transactions, ClientLimits limits) {
    }

    SiteRouter(JavalinConfig config, Site site, Language language, RouteTable table, String owner, Services services) {
        this.config = config;
        this.site = site;
        this.language = language;
        this.table = table;
        this.owner = owner;
        this.services = services;
    }

    /** The same site and language, for another owner of routes (the site's plugin after core). */
    SiteRouter of(String other) {
        return new SiteRouter(config, site, language, table, other, services);
    }

    /**
     * A page that is the same for every visitor and changes only with its site's content: kept rendered, answered
     * from memory, and rendered again after any change of the site's content.
     */
    public void page(String path, PageHandler handler) {
        add(HandlerType.GET, path, (ctx, request) -> {
            services.pageCache().mark(ctx, site);
            handler.handle(ctx, request);
            services.pageCache().keep(ctx);
        });
    }

    /** A page rendered for each request. */
    public void get(String path, PageHandler handler) {
        add(HandlerType.GET, path, handler);
    }

    /**
     * A form's target. A client that sends too many forms is refused before the form is read or the storage asked
     * (see {@link ClientLimits}).
     */
    public void post(String path, PageHandler handler) {
        add(HandlerType.POST, path, handler);
    }

    private void add(HandlerType method, String path, PageHandler handler) {
        table.claim(owner, method.name(), path);
        String base = site.url(language, "");
        String full = base.substring(0, base.length() - 1) + (path.equals("/") ? "" : path);
        config.routes.addHttpHandler(method, full, ctx -> {
            if (method == HandlerType.POST) {
                services.limits().take(ctx, ClientLimits.Kind.PUBLIC_FORM);
            }
            services.transactions().reading(
                    () -> handler.handle(ctx, services.addresses().request(ctx, site, language)));
        });
    }
}
