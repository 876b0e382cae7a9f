package org.makemothersmatter.core.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.admin.view.AccountsView;
import org.makemothersmatter.core.admin.view.AuditView;
import org.makemothersmatter.core.admin.view.DashboardView;
import org.makemothersmatter.core.content.Markdown;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.view.Link;

/** The back office: its routes, its dashboard, the accounts and the audit log. */
public final class AdminRoutes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
            .withZone(ZoneId.of("Europe/Brussels"));
    private static final int AUDIT_PAGE = 50;

    private final AdminSecurity security;
    private final SignInRoutes signIn;
    private final AdminPages pages;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Sites sites;
    private final ArticleAdminRoutes articles;
    private final PageAdminRoutes pageRoutes;
    private final MediaAdminRoutes media;
    private final PluginAdminRoutes plugins;
    private final Markdown markdown;

    @Inject
    public AdminRoutes(AdminSecurity security, SignInRoutes signIn, AdminPages pages, Accounts accounts,
                       AuditLog audit, Sites sites, ArticleAdminRoutes articles, PageAdminRoutes pageRoutes,
                       MediaAdminRoutes media, PluginAdminRoutes plugins, Markdown markdown) {
        this.security = security;
        this.signIn = signIn;
        this.pages = pages;
        this.accounts = accounts;
        this.audit = audit;
        this.sites = sites;
        this.articles = articles;
        this.pageRoutes = pageRoutes;
        this.media = media;
        this.plugins = plugins;
        this.markdown = markdown;
    }

    public void register(RoutesConfig routes) {
        routes.before("/admin", security::before);
        routes.before("/admin/*", security::before);
        routes.get("/admin", this::dashboard);
        routes.get("/admin/login", signIn::form);
        routes.post("/admin/login", signIn::signIn);
        routes.post("/admin/logout", signIn::signOut);
        routes.get("/admin/accounts", this::accounts);
        routes.post("/admin/accounts", this::createAccount);
        routes.get("/admin/audit", this::audit);
        routes.post("/admin/markdown", this::preview);
        articles.register(routes);
        pageRoutes.register(routes);
        media.register(routes);
        plugins.register(routes, pages);
    }

    private void dashboard(Context ctx) {
        Account account = security.account(ctx);
        List<Link> mine = sites.plugins().stream().map(p -> p.site()).filter(s -> account.worksOn(s.code()))
                .map(s -> Link.of(s.name(), "/admin/articles?site=" + s.code(), false)).toList();
        pages.render(ctx, "dashboard", new DashboardView(pages.frame(ctx, "Dashboard", null), mine));
    }

    /** A text as the sites show it, rendered and sanitized as saving it would: the editor's live preview. */
    private void preview(Context ctx) {
        String body = ctx.formParam("body");
        PageRenderer.answer(ctx, markdown.toHtml(body == null ? "" : body));
    }

    private void accounts(Context ctx) {
        security.requireAdmin(ctx);
        showAccounts(ctx, "", "", Role.EDITOR, null);
    }

    private void createAccount(Context ctx) {
        Account admin = security.requireAdmin(ctx);
        String email = ctx.formParam("email");
        String name = ctx.formParam("name");
        Role role = Role.find(String.valueOf(ctx.formParam("role"))).orElse(null);
        try {
            if (role == null) {
                throw new IllegalArgumentException("Choose a role.");
            }
            Account created = accounts.create(admin, ctx.ip(), email, name, role,
                    new HashSet<>(ctx.formParams("sites")), ctx.formParam("password"));
            ctx.redirect("/admin/accounts?" + AdminPages.NOTICE_PARAM + "="
                    + URLEncoder.encode("Account " + created.email() + " added.", StandardCharsets.UTF_8),
                    HttpStatus.SEE_OTHER);
        } catch (IllegalArgumentException e) {
            // 422: the form is understood but cannot be accepted; it is shown again with what was typed.
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            showAccounts(ctx, email, name, role == null ? Role.EDITOR : role, e.getMessage());
        }
    }

    private void showAccounts(Context ctx, String email, String name, Role role, String error) {
        List<AccountsView.Row> rows = accounts.all().stream().map(a -> new AccountsView.Row(a.email(), a.name(),
                a.role().code(), a.role() == Role.NETWORK_ADMIN ? "all" : String.join(", ", a.sites().stream().sorted().toList()),
                a.active())).toList();
        List<AccountsView.Choice> roles = Stream.of(Role.values())
                .map(r -> new AccountsView.Choice(r.code(), r.code(), r == role)).toList();
        pages.render(ctx, "accounts", new AccountsView(pages.frame(ctx, "Accounts", error), rows,
                sites.plugins().stream().map(p -> p.site().code()).toList(), roles,
                email == null ? "" : email, name == null ? "" : name));
    }

    private void audit(Context ctx) {
        security.requireAdmin(ctx);
        int page = AdminPaging.page(ctx);
        long total = audit.count();
        List<AuditView.Row> rows = audit.latest(AUDIT_PAGE, (long) (page - 1) * AUDIT_PAGE).stream()
                .map(e -> new AuditView.Row(e.at().truncatedTo(ChronoUnit.SECONDS).toString(), TIME.format(e.at()),
                        e.actor(), e.action(),
                        e.site(), e.target(), e.detail(), e.ip()))
                .toList();
        pages.render(ctx, "audit", new AuditView(pages.frame(ctx, "Audit log", null), rows,
                AdminPaging.pagination("/admin/audit?", page, total, AUDIT_PAGE)));
    }
}
