package org.makemothersmatter.core.admin;

import static org.makemothersmatter.core.admin.AdminForms.attempt;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.account.TwoFactor;
import org.makemothersmatter.core.admin.view.AccountView;
import org.makemothersmatter.core.admin.view.AccountsView;
import org.makemothersmatter.core.admin.view.Choice;
import org.makemothersmatter.core.sites.Sites;

/**
 * The accounts, for network administrators only: the list, the invitation of someone new (who chooses their password
 * through the link mailed to them), and each account's page, where its name, role and sites change, it is disabled
 * or enabled, and its sessions are ended. What is changed holds from the account's next request.
 */
public final class AccountAdminRoutes {

    static final String PATH = "/admin/accounts";

    private final AdminSecurity security;
    private final AdminPages pages;
    private final Accounts accounts;
    private final Sites sites;
    private final TwoFactor twoFactor;

    @Inject
    public AccountAdminRoutes(AdminSecurity security, AdminPages pages, Accounts accounts, Sites sites,
                              TwoFactor twoFactor) {
        this.security = security;
        this.pages = pages;
        this.accounts = accounts;
        this.sites = sites;
        this.twoFactor = twoFactor;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, this::list);
        routes.post(PATH, this::invite);
        routes.get(PATH + "/{id}", this::show);
        routes.post(PATH + "/{id}", this::save);
        routes.post(PATH + "/{id}/active", this::setActive);
        routes.post(PATH + "/{id}/sessions", this::endSessions);
        routes.post(PATH + "/{id}/two-factor", this::resetTwoFactor);
    }

    private void list(Context ctx) {
        security.requireAdmin(ctx);
        showList(ctx, "", "", Role.EDITOR, Set.of(), null);
    }

    private void invite(Context ctx) {
        Account admin = security.requireAdmin(ctx);
        AdminTexts t = pages.texts(ctx);
        String email = ctx.formParam("email");
        String name = ctx.formParam("name");
        Role role = Role.find(String.valueOf(ctx.formParam("role"))).orElse(null);
        Set<String> chosen = new HashSet<>(ctx.formParams("sites"));
        attempt(t, ctx, () -> {
            accounts.invite(admin, security.clientAddress(ctx), email, name, role(t, role), chosen, t.language());
            return PATH;
        }, t.format("accounts.added", email == null ? "" : email.strip()),
                error -> showList(ctx, email, name, role == null ? Role.EDITOR : role, chosen, error));
    }

    private void showList(Context ctx, String email, String name, Role role, Set<String> chosen, String error) {
        AdminTexts t = pages.texts(ctx);
        Set<Long> invited = accounts.invited();
        List<AccountsView.Row> rows = accounts.all().stream().map(a -> new AccountsView.Row(PATH + "/" + a.id(),
                a.email(), a.name(), t.role(a.role()), sitesOf(t, a), t.get("accounts." + state(a, invited))))
                .toList();
        pages.render(ctx, "accounts", new AccountsView(pages.frame(ctx, t.get("accounts.title"), error), rows,
                siteChoices(chosen), roles(t, role), email == null ? "" : email, name == null ? "" : name,
                t.format("accounts.inviteNote", Accounts.INVITATION_VALID.toHours())));
    }

    private void show(Context ctx) {
        security.requireAdmin(ctx);
        Account account = account(ctx);
        showAccount(ctx, account, account.name(), account.role(), account.sites(), null);
    }

    private void save(Context ctx) {
        Account admin = security.requireAdmin(ctx);
        Account account = account(ctx);
        AdminTexts t = pages.texts(ctx);
        String name = ctx.formParam("name");
        Role role = Role.find(String.valueOf(ctx.formParam("role"))).orElse(null);
        Set<String> chosen = new HashSet<>(ctx.formParams("sites"));
        attempt(t, ctx, () -> {
            accounts.update(admin, security.clientAddress(ctx), account.id(), name, role(t, role), chosen);
            return PATH + "/" + account.id();
        }, t.format("account.saved", account.email()), error -> showAccount(ctx, account, name,
                role == null ? account.role() : role, chosen, error));
    }

    /** Disables the account ({@code active=no}) or enables it ({@code active=yes}). */
    private void setActive(Context ctx) {
        Account admin = security.requireAdmin(ctx);
        Account account = account(ctx);
        AdminTexts t = pages.texts(ctx);
        boolean active = "yes".equals(ctx.formParam("active"));
        attempt(t, ctx, () -> {
            accounts.setActive(admin, security.clientAddress(ctx), account.id(), active);
            return PATH + "/" + account.id();
        }, t.format(active ? "account.enabled" : "account.disabled", account.email()),
                error -> showAccount(ctx, account, account.name(), account.role(), account.sites(), error));
    }

    private void endSessions(Context ctx) {
        Account admin = security.requireAdmin(ctx);
        Account account = account(ctx);
        AdminTexts t = pages.texts(ctx);
        attempt(t, ctx, () -> {
            accounts.endSessions(admin, security.clientAddress(ctx), account.id());
            return PATH + "/" + account.id();
        }, t.format("account.sessionsEnded", account.email()),
                error -> showAccount(ctx, account, account.name(), account.role(), account.sites(), error));
    }

    /** For a lost phone: the account signs in with its password alone, and sets two-factor sign-in up again. */
    private void resetTwoFactor(Context ctx) {
        Account admin = security.requireAdmin(ctx);
        Account account = account(ctx);
        AdminTexts t = pages.texts(ctx);
        attempt(t, ctx, () -> {
            twoFactor.reset(admin, security.clientAddress(ctx), account);
            return PATH + "/" + account.id();
        }, t.format("account.twoFactorReset", account.email()),
                error -> showAccount(ctx, account, account.name(), account.role(), account.sites(), error));
    }

    private void showAccount(Context ctx, Account account, String name, Role role, Set<String> chosen,
                             String error) {
        AdminTexts t = pages.texts(ctx);
        pages.render(ctx, "account", new AccountView(pages.frame(ctx, account.email(), error),
                PATH + "/" + account.id(), account.email(), t.get("account.state." + state(account, accounts.invited())),
                account.active(), twoFactor.enabled(account), name == null ? "" : name, roles(t, role),
                siteChoices(chosen)));
    }

    /** An account's state: "yes" (active), "no" (disabled) or "invited" (active, with no password yet). */
    private static String state(Account account, Set<Long> invited) {
        return !account.active() ? "no" : invited.contains(account.id()) ? "invited" : "yes";
    }

    private Account account(Context ctx) {
        return accounts.find(AdminForms.id(ctx)).orElseThrow(NotFoundResponse::new);
    }

    private static Role role(AdminTexts t, Role role) {
        if (role == null) {
            throw new IllegalArgumentException(t.get("accounts.chooseRole"));
        }
        return role;
    }

    private String sitesOf(AdminTexts t, Account account) {
        return account.role() == Role.NETWORK_ADMIN ? t.get("accounts.allSites")
                : account.sites().stream().map(sites::name).sorted().collect(Collectors.joining(", "));
    }

    private static List<Choice> roles(AdminTexts t, Role role) {
        return Stream.of(Role.values()).map(r -> new Choice(r.code(), t.role(r), r == role)).toList();
    }

    private List<Choice> siteChoices(Set<String> chosen) {
        return sites.plugins().stream().map(p -> p.site())
                .map(s -> new Choice(s.code(), s.name(), chosen.contains(s.code()))).toList();
    }
}
