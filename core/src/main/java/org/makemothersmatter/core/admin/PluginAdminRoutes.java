package org.makemothersmatter.core.admin;

import com.google.inject.Injector;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.makemothersmatter.core.account.AccessDenied;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.admin.view.AdminFrame;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.RecordPages;
import org.makemothersmatter.core.plugin.SiteAdminHandler;
import org.makemothersmatter.core.plugin.SiteAdminRequest;
import org.makemothersmatter.core.plugin.SiteAdminRoutes;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.plugin.Sites;
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
    /** Builds the classes plugins name, once the whole wiring is made. */
    private final Injector injector;
    private final List<MenuEntry> menu = new ArrayList<>();

    @Inject
    public PluginAdminRoutes(Sites sites, AdminSecurity security, PageRenderer renderer, RecordAdminPages records,
                             Injector injector) {
        this.sites = sites;
        this.security = security;
        this.renderer = renderer;
        this.records = records;
        this.injector = injector;
    }

    /** A page of a plugin in the back office's menu. */
    record MenuEntry(String site, String label, String url) {
    }

    void register(RoutesConfig routes, AdminPages pages) {
        for (SitePlugin plugin : sites.plugins()) {
            Site site = plugin.site();
            String base = "/admin/sites/" + site.code();
            plugin.adminRoutes(new SiteAdminRoutes() {
                @Override
                public void page(String path, String label, SiteAdminHandler handler) {
                    menu.add(new MenuEntry(site.code(), label, base + path));
                    get(path, handler);
                }

                @Override
                public void get(String path, SiteAdminHandler handler) {
                    add(HandlerType.GET, path, handler);
                }

                @Override
                public void post(String path, SiteAdminHandler handler) {
                    add(HandlerType.POST, path, handler);
                }

                @Override
                public <R> void records(String path, String label, RecordPages<R> declared) {
                    records.register(this, path, label, declared);
                }

                @Override
                public <R> void records(String path, String label, Class<? extends RecordPages<R>> declared) {
                    records(path, label, injector.getInstance(declared));
                }

                private void add(HandlerType method, String path, SiteAdminHandler handler) {
                    routes.addHttpHandler(method, base + path,
                            ctx -> handler.handle(ctx, request(ctx, site, pages, base)));
                }
            });
        }
    }

    /** The plugins' pages this account may open, for the menu. */
    List<MenuEntry> menu(Account account) {
        return menu.stream().filter(entry -> mayManage(account, entry.site())).toList();
    }

    private SiteAdminRequest request(Context ctx, Site site, AdminPages pages, String base) {
        Account account = security.account(ctx);
        if (!mayManage(account, site.code())) {
            throw new AccessDenied(account.email() + " does not edit " + site.code() + ".");
        }
        return new SiteAdminRequest() {
            @Override
            public Site site() {
                return site;
            }

            @Override
            public Account account() {
                return account;
            }

            @Override
            public AdminFrame frame(String title, String error) {
                return pages.frame(ctx, title, error);
            }

            @Override
            public void render(String template, Object view, AdminFrame frame) {
                PageRenderer.answer(ctx, renderer.framed(template, view, "core/admin/layout.jte", Map.of("frame", frame)));
            }

            @Override
            public String url(String path) {
                return base + path;
            }
        };
    }

    private static boolean mayManage(Account account, String site) {
        return account.worksOn(site) && account.role() != Role.TRANSLATOR;
    }
}
