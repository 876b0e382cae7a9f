package org.makemothersmatter.core.admin;

import static org.makemothersmatter.core.admin.AdminForms.choices;
import static org.makemothersmatter.core.admin.AdminForms.option;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.admin.view.AuditView;
import org.makemothersmatter.core.editorial.ArticleEditor;
import org.makemothersmatter.core.sites.Sites;

/**
 * {@code /admin/audit}, for network administrators: the audit log, newest first, searched by who, what, which site
 * and which days. Nothing here changes an entry: the log is only ever added to.
 */
public final class AuditRoutes {

    static final String PATH = "/admin/audit";
    private static final int PAGE_SIZE = 50;

    private final AdminSecurity security;
    private final AdminPages pages;
    private final AuditLog audit;
    private final Sites sites;

    @Inject
    public AuditRoutes(AdminSecurity security, AdminPages pages, AuditLog audit, Sites sites) {
        this.security = security;
        this.pages = pages;
        this.audit = audit;
        this.sites = sites;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, this::show);
    }

    private void show(Context ctx) {
        security.requireAdmin(ctx);
        AdminTexts t = pages.texts(ctx);
        List<String> actions = audit.actions();
        List<String> siteCodes = sites.plugins().stream().map(p -> p.site().code()).toList();
        AuditLog.Filter filter = new AuditLog.Filter(ctx.queryParam("who"), option(ctx, "action", actions),
                option(ctx, "site", siteCodes), day(ctx, "from"), day(ctx, "to"), ArticleEditor.ZONE);
        int page = AdminPaging.page(ctx);
        long total = audit.count(filter);
        List<AuditView.Row> rows = audit.find(filter, PAGE_SIZE, (long) (page - 1) * PAGE_SIZE).stream()
                .map(e -> new AuditView.Row(e.at().truncatedTo(ChronoUnit.SECONDS).toString(), t.second(e.at()),
                        e.actor(), t.action(e.action()), e.site() == null ? null : sites.name(e.site()), e.target(),
                        e.detail(), e.ip()))
                .toList();
        String query = AdminForms.withQuery(PATH, "who", blankToNull(filter.actor()), "action", filter.action(),
                "site", filter.site(), "from", text(filter.from()), "to", text(filter.to()));
        pages.render(ctx, "audit", new AuditView(pages.frame(ctx, t.get("audit.title"), null),
                new AuditView.Filters(filter.actor() == null ? "" : filter.actor(),
                        choices(actions, filter.action(), t.get("filter.anyAction"), t::action),
                        choices(siteCodes, filter.site(), t.get("filter.anySiteAtAll"), sites::name),
                        text(filter.from()), text(filter.to())),
                t.format("audit.found", total), rows, AdminPaging.pagination(t, query, page, total, PAGE_SIZE)));
    }

    /** A day of the filter; one that is not a date is a bad request. */
    private static LocalDate day(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("The day '" + value + "' is not a date such as 2026-12-01");
        }
    }

    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
