package org.makemothersmatter.core.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.makemothersmatter.core.admin.view.DashboardView;
import org.makemothersmatter.core.dashboard.Dashboard;
import org.makemothersmatter.core.dashboard.WorkDao;
import org.makemothersmatter.core.content.Markdown;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.view.Link;

/** The back office: its routes and its dashboard; each part of it registers its own. */
public final class AdminRoutes {

    /** How the audit log names an article or a page it is about: "article 12". */
    private static final Pattern TARGET = Pattern.compile("(article|page) (\\d+)");

    private final AdminSecurity security;
    private final SignInRoutes signIn;
    private final AdminPages pages;
    private final AuditRoutes auditRoutes;
    private final Sites sites;
    private final ArticleAdminRoutes articles;
    private final PageAdminRoutes pageRoutes;
    private final MediaAdminRoutes media;
    private final ThemeAdminRoutes themes;
    private final DocumentAdminRoutes documents;
    private final PluginAdminRoutes plugins;
    private final Dashboard dashboard;
    private final MyAccountRoutes me;
    private final TwoFactorRoutes twoFactor;
    private final ProposalRoutes proposals;
    private final PasswordRoutes passwords;
    private final AccountAdminRoutes accountRoutes;
    private final Markdown markdown;
    private final EventAdminRoutes events;

    @Inject
    public AdminRoutes(AdminSecurity security, SignInRoutes signIn, AdminPages pages, AuditRoutes auditRoutes,
                       Sites sites, ArticleAdminRoutes articles, PageAdminRoutes pageRoutes, MediaAdminRoutes media,
                       ThemeAdminRoutes themes, DocumentAdminRoutes documents, PluginAdminRoutes plugins,
                       Dashboard dashboard, MyAccountRoutes me, TwoFactorRoutes twoFactor, ProposalRoutes proposals,
                       PasswordRoutes passwords, AccountAdminRoutes accountRoutes, Markdown markdown,
                       EventAdminRoutes events) {
        this.security = security;
        this.signIn = signIn;
        this.pages = pages;
        this.auditRoutes = auditRoutes;
        this.sites = sites;
        this.articles = articles;
        this.pageRoutes = pageRoutes;
        this.media = media;
        this.themes = themes;
        this.documents = documents;
        this.plugins = plugins;
        this.dashboard = dashboard;
        this.me = me;
        this.twoFactor = twoFactor;
        this.proposals = proposals;
        this.passwords = passwords;
        this.accountRoutes = accountRoutes;
        this.markdown = markdown;
        this.events = events;
    }

    public void register(RoutesConfig routes) {
        routes.before("/admin", security::before);
        routes.before("/admin/*", security::before);
        routes.after("/admin", security::after);
        routes.after("/admin/*", security::after);
        routes.get("/admin", this::dashboard);
        routes.get(SignInRoutes.SIGN_IN, signIn::form);
        routes.post(SignInRoutes.SIGN_IN, signIn::signIn);
        routes.get(SignInRoutes.CODE, signIn::codeForm);
        routes.post(SignInRoutes.CODE, signIn::code);
        routes.post("/admin/logout", signIn::signOut);
        passwords.register(routes);
        accountRoutes.register(routes);
        auditRoutes.register(routes);
        me.register(routes);
        twoFactor.register(routes);
        proposals.register(routes);
        routes.post("/admin/markdown", this::preview);
        articles.register(routes);
        pageRoutes.register(routes);
        media.register(routes);
        themes.register(routes);
        documents.register(routes);
        events.register(routes);
        plugins.register(routes, pages);
    }

    /** Records a back-office request refused with a 403, and the rule that refused it, in the audit log. */
    public void refused(Context ctx, String rule) {
        security.refused(ctx, rule);
    }

    private void dashboard(Context ctx) {
        Dashboard.Work work = dashboard.of(security.account(ctx));
        AdminTexts t = pages.texts(ctx);
        List<DashboardView.Section> sections = List.of(
                section(t, "review", lines(t, work.inReview(), item -> by(t, "work.submittedBy", item))),
                section(t, "changes", lines(t, work.changes(), item -> by(t, "work.savedBy", item))),
                section(t, "drafts", lines(t, work.drafts(), item -> by(t, "work.savedBy", item))),
                section(t, "scheduled", lines(t, work.scheduled(),
                        item -> t.format("work.goesPublic", t.minute(item.at())))),
                section(t, "missing", work.missing().stream().map(missing -> missing(t, missing)).toList()),
                section(t, "activity", work.activity().stream().map(line -> activity(t, line)).toList()));
        List<Link> mine = work.sites().stream()
                .map(s -> Link.of(s.name(), "/admin/articles?site=" + s.code(), false)).toList();
        pages.render(ctx, "dashboard", new DashboardView(pages.frame(ctx, t.get("dashboard.title"), null), sections,
                mine));
    }

    /** A list of the first page, under its title ({@code dashboard.<name>}), saying so when it is empty. */
    private static DashboardView.Section section(AdminTexts t, String name, List<DashboardView.Line> lines) {
        return new DashboardView.Section(t.get("dashboard." + name), t.get("dashboard." + name + ".none"), lines);
    }

    /** Items to work on, each linked to its editor in its language, with its site, kind, language and when. */
    private List<DashboardView.Line> lines(AdminTexts t, List<WorkDao.Item> items, Function<WorkDao.Item, String> when) {
        return items.stream().map(item -> new DashboardView.Line(
                "/admin/" + item.kind() + "s/" + item.id() + "?lang=" + item.language(), item.title(), item.language(),
                String.join(" · ", sites.name(item.site()), t.kind(item.kind()), t.language(item.language()),
                        when.apply(item)))).toList();
    }

    /** Who last touched an item ("saved by Ed"), then when, as far as they are known. */
    private static String by(AdminTexts t, String key, WorkDao.Item item) {
        return Stream.of(item.byName() == null ? null : t.format(key, item.byName()),
                item.at() == null ? null : t.minute(item.at())).filter(Objects::nonNull).collect(Collectors.joining(", "));
    }

    private static DashboardView.Line missing(AdminTexts t, Dashboard.Missing missing) {
        String list = missing.articles() > 0 ? "/admin/articles" : "/admin/pages";
        return new DashboardView.Line(list + "?site=" + missing.site().code() + "&status=published&missing="
                + missing.language().code(), t.format("work.missing", missing.site().name(),
                missing.language().nameIn(t.language())), null,
                t.format("work.missing.detail", missing.articles(), missing.pages()));
    }

    private static DashboardView.Line activity(AdminTexts t, WorkDao.Activity line) {
        Matcher target = TARGET.matcher(String.valueOf(line.target()));
        return new DashboardView.Line(target.matches() ? "/admin/" + target.group(1) + "s/" + target.group(2) : null,
                t.format("work.activity", line.byName(), t.action(line.action())), null, t.minute(line.at())
                + (line.detail() == null ? "" : " · " + line.detail()));
    }

    /** A text as the sites show it, rendered and sanitized as saving it would: the editor's live preview. */
    private void preview(Context ctx) {
        String body = ctx.formParam("body");
        PageRenderer.answer(ctx, markdown.toHtml(body == null ? "" : body));
    }
}
