package org.makemothersmatter.core.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.makemothersmatter.core.account.AccessDenied;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.admin.view.AdminFrame;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentEvents;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.RecordPages;
import org.makemothersmatter.core.plugin.SiteAdminHandler;
import org.makemothersmatter.core.plugin.SiteAdminPage;
import org.makemothersmatter.core.plugin.SiteAdminRoutes;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.sites.PluginClasses;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.web.Messages;
import org.makemothersmatter.core.web.PageRenderer;

/**
 * The plugins' own back-office pages, under {@code /admin/sites/<code>/}: each request is checked against the
 * site before the plugin's handler runs (network administrators and the site's editors only), and the pages a
 * plugin lists appear in the menu of the accounts that may open them. A plugin's records are shown by pages core
 * writes for it, registered as its own.
 */
@Singleton
public final class PluginAdminRoutes {

    private final Sites sites;
    private final AdminSecurity security;
    private final PageRenderer renderer;
    private final RecordAdminPages records;
    private final PluginClasses classes;
    private final ContentEvents events;
    private final Messages messages;
    private final List<MenuEntry> menu = new ArrayList<>();

    @Inject
    public PluginAdminRoutes(Sites sites, AdminSecurity security, PageRenderer renderer, RecordAdminPages records,
                             PluginClasses classes, ContentEvents events, Messages messages) {
        this.sites = sites;
        this.security = security;
        this.renderer = renderer;
        this.records = records;
        this.classes = classes;
        this.events = events;
        this.messages = messages;
    }

    /** A page of a plugin in the back office's menu: its label is the key of one of the plugin's strings. */
    private record MenuEntry(Site site, String labelKey, String url) {
    }

    /** Serves one of a plugin's back-office pages with core's own view of the request. */
    @FunctionalInterface
    interface Handler {
        void handle(Context ctx, SiteAdminRequest request) throws Exception;
    }

    /** Where a plugin's back-office pages of one site are declared, by core's pages for its records or by it. */
    final class Registrar {

        private final RoutesConfig routes;
        private final AdminPages pages;
        private final Site site;
        private final String base;

        Registrar(RoutesConfig routes, AdminPages pages, Site site) {
            this.routes = routes;
            this.pages = pages;
            this.site = site;
            this.base = "/admin/sites/" + site.code();
        }

        void page(String path, String labelKey, Handler handler) {
            menu.add(new MenuEntry(site, labelKey, base + path));
            get(path, handler);
        }

        void get(String path, Handler handler) {
            add(HandlerType.GET, path, handler);
        }

        void post(String path, Handler handler) {
            add(HandlerType.POST, path, handler);
        }

        private void add(HandlerType method, String path, Handler handler) {
            routes.addHttpHandler(method, base + path, ctx -> handler.handle(ctx, request(ctx)));
        }

        private SiteAdminRequest request(Context ctx) {
            Account account = security.account(ctx);
            if (!mayManage(account, site.code())) {
                throw new AccessDenied(account.email() + " does not edit " + site.code() + ".");
            }
            return new SiteAdminRequest(site, account, title -> pages.frame(ctx, title, null), pages.texts(ctx), base);
        }
    }

    void register(RoutesConfig routes, AdminPages pages) {
        for (SitePlugin plugin : sites.plugins()) {
            Registrar registrar = new Registrar(routes, pages, plugin.site());
            plugin.adminRoutes(new SiteAdminRoutes() {
                @Override
                public void page(String path, String labelKey, SiteAdminHandler handler) {
                    registrar.page(path, labelKey, serve(handler));
                }

                @Override
                public void get(String path, SiteAdminHandler handler) {
                    registrar.get(path, serve(handler));
                }

                @Override
                public void post(String path, SiteAdminHandler handler) {
                    registrar.post(path, serve(handler));
                }

                @Override
                public <T> void page(String path, String labelKey, Class<T> type,
                                     Function<T, SiteAdminHandler> handler) {
                    page(path, labelKey, handler.apply(classes.build(plugin, type)));
                }

                @Override
                public <T> void get(String path, Class<T> type, Function<T, SiteAdminHandler> handler) {
                    get(path, handler.apply(classes.build(plugin, type)));
                }

                @Override
                public <T> void post(String path, Class<T> type, Function<T, SiteAdminHandler> handler) {
                    post(path, handler.apply(classes.build(plugin, type)));
                }

                @Override
                public <R> void records(String path, String labelKey, RecordPages<R> declared) {
                    records.register(registrar, path, labelKey, declared);
                }

                @Override
                public <R> void records(String path, String labelKey, Class<? extends RecordPages<R>> declared) {
                    records(path, labelKey, classes.build(plugin, declared));
                }
            });
        }
    }

    /** A plugin's handler, given the contract's view of the request. */
    private Handler serve(SiteAdminHandler handler) {
        return (ctx, request) -> handler.handle(new AdminPage(ctx, request));
    }

    /** The plugins' pages this account may open, for the menu: each label, in this language, and its address. */
    Map<String, String> menu(Account account, Language language) {
        Map<String, String> entries = new LinkedHashMap<>();
        menu.stream().filter(entry -> mayManage(account, entry.site().code())).forEach(entry ->
                entries.put(messages.of(entry.site(), language).get(entry.labelKey()), entry.url()));
        return entries;
    }

    private static boolean mayManage(Account account, String site) {
        return account.worksOn(site) && account.role() != Role.TRANSLATOR;
    }

    /** One back-office request, as the plugin sees it. */
    private final class AdminPage implements SiteAdminPage {

        private final Context ctx;
        private final SiteAdminRequest request;

        AdminPage(Context ctx, SiteAdminRequest request) {
            this.ctx = ctx;
            this.request = request;
        }

        @Override
        public String siteCode() {
            return request.site().code();
        }

        @Override
        public String url(String path) {
            return request.url(path);
        }

        @Override
        public String param(String name) {
            String value = ctx.formParam(name);
            if (value == null) {
                value = ctx.queryParam(name);
            }
            return value == null ? "" : value;
        }

        @Override
        public List<String> params(String name) {
            List<String> sent = ctx.formParams(name);
            return sent.isEmpty() ? ctx.queryParams(name) : sent;
        }

        @Override
        public String pathParam(String name) {
            return ctx.pathParam(name);
        }

        @Override
        public void status(int status) {
            ctx.status(HttpStatus.forStatus(status));
        }

        @Override
        public void redirect(String path) {
            ctx.redirect(request.url(path), HttpStatus.SEE_OTHER);
        }

        @Override
        public void changed() {
            events.changed(ContentChanged.of(siteCode(), ContentChanged.Item.anyOf(ContentChanged.Item.PLUGIN)));
        }

        @Override
        public Rights rights() {
            Account account = request.account();
            return new Rights(account.name(), account.role() == Role.NETWORK_ADMIN);
        }

        @Override
        public String csrfToken() {
            return request.frame("").csrf();
        }

        @Override
        public void render(String template, Object view, String title) {
            request.render(ctx, renderer, siteCode() + "/" + template + ".jte", view, request.frame(title));
        }
    }
}
