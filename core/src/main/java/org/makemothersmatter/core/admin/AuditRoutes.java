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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.makemothersmatter.core.account.Account;
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
    /** The most entries a download holds, the newest: enough for any search, bounded for the server's memory. */
    private static final int EXPORT_LIMIT = 50_000;

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
        routes.get(PATH + ".csv", this::export);
    }

    private void show(Context ctx) {
        security.requireAdmin(ctx);
        AdminTexts t = pages.texts(ctx);
        List<String> actions = audit.actions();
        List<String> siteCodes = siteCodes();
        AuditLog.Filter filter = filter(ctx, actions, siteCodes);
        int page = AdminPaging.page(ctx);
        long total = audit.count(filter);
        List<AuditView.Row> rows = audit.find(filter, PAGE_SIZE, (long) (page - 1) * PAGE_SIZE).stream()
                .map(e -> new AuditView.Row(e.at().truncatedTo(ChronoUnit.SECONDS).toString(), t.second(e.at()),
                        e.actor(), t.action(e.action()), e.site() == null ? null : sites.name(e.site()), e.target(),
                        e.detail(), e.ip()))
                .toList();
        String query = query(PATH, filter);
        pages.render(ctx, "audit", new AuditView(pages.frame(ctx, t.get("audit.title"), null),
                new AuditView.Filters(filter.actor() == null ? "" : filter.actor(),
                        choices(actions, filter.action(), t.get("filter.anyAction"), t::action),
                        choices(siteCodes, filter.site(), t.get("filter.anySiteAtAll"), sites::name),
                        text(filter.from()), text(filter.to())),
                t.format("audit.found", total), query(PATH + ".csv", filter), rows,
                AdminPaging.pagination(t, query, page, total, PAGE_SIZE)));
    }

    /**
     * The entries the search finds, as a spreadsheet: the newest {@value EXPORT_LIMIT} at most, codes and times as
     * stored (UTC, ISO), so that they sort and filter as data. The download is itself in the log.
     */
    private void export(Context ctx) {
        Account admin = security.requireAdmin(ctx);
        AuditLog.Filter filter = filter(ctx, audit.actions(), siteCodes());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("at", "actor", "action", "site", "target", "detail", "ip"));
        audit.find(filter, EXPORT_LIMIT, 0).forEach(e -> rows.add(Arrays.asList(e.at().toString(), e.actor(),
                e.action(), e.site(), e.target(), e.detail(), e.ip())));
        audit.record(admin.id(), admin.email(), "audit.export", filter.site(), null,
                (rows.size() - 1) + " rows " + query("", filter), security.clientAddress(ctx));
        Spreadsheet.send(ctx, "mmm-audit.csv", rows);
    }

    private List<String> siteCodes() {
        return sites.plugins().stream().map(p -> p.site().code()).toList();
    }

    private static AuditLog.Filter filter(Context ctx, List<String> actions, List<String> siteCodes) {
        return new AuditLog.Filter(ctx.queryParam("who"), option(ctx, "action", actions),
                option(ctx, "site", siteCodes), day(ctx, "from"), day(ctx, "to"), ArticleEditor.ZONE);
    }

    /** The address of {@code path} with the search as its query, ready for more parameters. */
    private static String query(String path, AuditLog.Filter filter) {
        return AdminForms.withQuery(path, "who", blankToNull(filter.actor()), "action", filter.action(),
                "site", filter.site(), "from", iso(filter.from()), "to", iso(filter.to()));
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

    /** A day as the filter's field shows it: empty for none. */
    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** A day as the address carries it: none, for none. */
    private static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
