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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.admin.view.AccountsView;
import org.makemothersmatter.core.admin.view.AuditView;
import org.makemothersmatter.core.admin.view.DashboardView;
import org.makemothersmatter.core.dashboard.Dashboard;
import org.makemothersmatter.core.dashboard.WorkDao;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.web.view.Link;

/** The back office: its routes, its dashboard, the accounts, the audit log and one's own account. */
public final class AdminRoutes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
            .withZone(ZoneId.of("Europe/Brussels"));
    private static final int AUDIT_PAGE = 50;
    /** How the audit log names an article or a page it is about: "article 12". */
    private static final Pattern TARGET = Pattern.compile("(article|page) (\\d+)");

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
    private final Dashboard dashboard;
    private final MyAccountRoutes me;

    @Inject
    public AdminRoutes(AdminSecurity security, SignInRoutes signIn, AdminPages pages, Accounts accounts,
                       AuditLog audit, Sites sites, ArticleAdminRoutes articles, PageAdminRoutes pageRoutes,
                       MediaAdminRoutes media, PluginAdminRoutes plugins, Dashboard dashboard,
                       MyAccountRoutes me) {
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
        this.dashboard = dashboard;
        this.me = me;
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
        me.register(routes);
        articles.register(routes);
        pageRoutes.register(routes);
        media.register(routes);
        plugins.register(routes, pages);
    }

    private void dashboard(Context ctx) {
        Dashboard.Work work = dashboard.of(security.account(ctx));
        List<DashboardView.Section> sections = List.of(
                new DashboardView.Section("Waiting for review", "No translation or change is waiting for review.",
                        lines(work.inReview(), "submitted by")),
                new DashboardView.Section("Changes not yet public", "No change of a published text is waiting.",
                        lines(work.changes(), "saved by")),
                new DashboardView.Section("Drafts", "No drafts.", lines(work.drafts(), "saved by")),
                new DashboardView.Section("Scheduled", "Nothing is scheduled.", lines(work.scheduled(), "goes public")),
                new DashboardView.Section("Translations missing", "Every published text has all its site's languages.",
                        work.missing().stream().map(AdminRoutes::missing).toList()),
                new DashboardView.Section("Recent activity", "Nothing done yet.",
                        work.activity().stream().map(AdminRoutes::activity).toList()));
        List<Link> mine = work.sites().stream()
                .map(s -> Link.of(s.name(), "/admin/articles?site=" + s.code(), false)).toList();
        pages.render(ctx, "dashboard", new DashboardView(pages.frame(ctx, "Dashboard", null), sections, mine));
    }

    /** Items to work on, each linked to its editor in its language, with its site, who and when. */
    private List<DashboardView.Line> lines(List<WorkDao.Item> items, String when) {
        return items.stream().map(item -> new DashboardView.Line(
                "/admin/" + item.kind() + "s/" + item.id() + "?lang=" + item.language(), item.title(), item.language(),
                String.join(" · ", siteName(item.site()), item.kind(), languageName(item.language()),
                        when + (item.byName() == null ? "" : " " + item.byName())
                                + (item.at() == null ? "" : (item.byName() == null ? " " : ", ")
                                + EditorRoutes.MINUTE.format(item.at()))))).toList();
    }

    private static DashboardView.Line missing(Dashboard.Missing missing) {
        String list = missing.articles() > 0 ? "/admin/articles" : "/admin/pages";
        return new DashboardView.Line(list + "?site=" + missing.site().code() + "&status=published&missing="
                + missing.language().code(), missing.site().name() + " in " + AdminForms.name(missing.language()), null,
                missing.articles() + " published article(s) and " + missing.pages() + " page(s) without this language");
    }

    private static DashboardView.Line activity(WorkDao.Activity line) {
        Matcher target = TARGET.matcher(String.valueOf(line.target()));
        return new DashboardView.Line(target.matches() ? "/admin/" + target.group(1) + "s/" + target.group(2) : null,
                line.byName() + ": " + line.action(), null, EditorRoutes.MINUTE.format(line.at())
                + (line.detail() == null ? "" : " · " + line.detail()));
    }

    private String siteName(String code) {
        return sites.find(code).map(Site::name).orElse(code);
    }

    private static String languageName(String code) {
        return Language.find(code).map(AdminForms::name).orElse(code);
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
