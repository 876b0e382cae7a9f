package org.makemothersmatter.core.admin;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.account.Sessions.Session;
import org.makemothersmatter.core.admin.view.AdminFrame;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.assets.Assets;
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
        Session session = security.session(ctx);
        Account account = session.account();
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("Dashboard", "/admin");
        entries.put("Articles", "/admin/articles");
        entries.put("Pages", "/admin/pages");
        entries.put("Images", "/admin/media");
        entries.put("Trash", "/admin/articles/trash");
        for (PluginAdminRoutes.MenuEntry entry : plugins.menu(account)) {
            entries.put(entry.label(), entry.url());
        }
        if (account.role() == Role.NETWORK_ADMIN) {
            entries.put("Accounts", "/admin/accounts");
            entries.put("Audit log", "/admin/audit");
        }
        entries.put("My account", MyAccountRoutes.PATH);
        // The screen shown is the entry whose address is the longest start of its own: the trash, not the articles;
        // the trash of pages is the same entry as that of articles.
        String path = ctx.path().matches("/admin/\\w+/trash(/.*)?") ? "/admin/articles/trash" : ctx.path();
        String current = entries.values().stream().filter(url -> path.equals(url)
                        || !url.equals("/admin") && path.startsWith(url + "/"))
                .max(Comparator.comparingInt(String::length)).orElse(null);
        List<Link> menu = entries.entrySet().stream()
                .map(e -> Link.of(e.getKey(), e.getValue(), e.getValue().equals(current))).toList();
        return new AdminFrame(title, account.name(), account.role().code(), session.csrfToken(), menu,
                ctx.queryParam(NOTICE_PARAM), error, assets.backOffice());
    }

    public void render(Context ctx, String template, Object view) {
        PageRenderer.answer(ctx, renderer.renderTemplate("core/admin/" + template + ".jte", view));
    }

}
