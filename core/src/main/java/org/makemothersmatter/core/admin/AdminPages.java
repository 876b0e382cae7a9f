package org.makemothersmatter.core.admin;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.account.Sessions.Session;
import org.makemothersmatter.core.admin.view.AdminFrame;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.assets.Assets;
import org.makemothersmatter.core.web.view.AssetLinks;
import org.makemothersmatter.core.web.view.Link;

/** Renders back-office pages in their frame: menu for the account's role, and the message of the last action. */
public final class AdminPages {

    /** The query parameter that carries the message of the last action, shown by the frame. */
    public static final String NOTICE_PARAM = "done";

    private final AdminSecurity security;
    private final PageRenderer renderer;
    private final PluginAdminRoutes plugins;
    private final Assets assets;

    @Inject
    public AdminPages(AdminSecurity security, PageRenderer renderer, PluginAdminRoutes plugins, Assets assets) {
        this.security = security;
        this.renderer = renderer;
        this.plugins = plugins;
        this.assets = assets;
    }

    public AdminFrame frame(Context ctx, String title, String error) {
        return frame(ctx, title, error, assets.backOffice());
    }

    /** The frame of an edit page, which also links the Markdown editor its script sets up on the text's field. */
    AdminFrame editorFrame(Context ctx, String title, String error) {
        return frame(ctx, title, error, assets.editor());
    }

    private AdminFrame frame(Context ctx, String title, String error, AssetLinks links) {
        Session session = security.session(ctx);
        Account account = session.account();
        List<Link> menu = new ArrayList<>();
        menu.add(link("Dashboard", "/admin", ctx));
        menu.add(link("Articles", "/admin/articles", ctx));
        menu.add(link("Pages", "/admin/pages", ctx));
        menu.add(link("Images", "/admin/media", ctx));
        for (PluginAdminRoutes.MenuEntry entry : plugins.menu(account)) {
            menu.add(link(entry.label(), entry.url(), ctx));
        }
        if (account.role() == Role.NETWORK_ADMIN) {
            menu.add(link("Accounts", "/admin/accounts", ctx));
            menu.add(link("Audit log", "/admin/audit", ctx));
        }
        return new AdminFrame(title, account.name(), account.role().code(), session.csrfToken(), menu,
                ctx.queryParam(NOTICE_PARAM), error, links);
    }

    public void render(Context ctx, String template, Object view) {
        PageRenderer.answer(ctx, renderer.renderTemplate("core/admin/" + template + ".jte", view));
    }

    private static Link link(String label, String url, Context ctx) {
        return Link.of(label, url, ctx.path().equals(url) || !url.equals("/admin") && ctx.path().startsWith(url + "/"));
    }
}
