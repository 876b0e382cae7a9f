package org.makemothersmatter.core.admin;

import static org.makemothersmatter.core.admin.AdminForms.attempt;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.Notice;
import org.makemothersmatter.core.account.Passwords;
import org.makemothersmatter.core.account.Preferences;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.account.Sessions;
import org.makemothersmatter.core.admin.view.Choice;
import org.makemothersmatter.core.admin.view.MyAccountView;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.sites.Sites;

/**
 * {@code /admin/me}: anyone signed in chooses their name, their language and the notices they get by e-mail, and
 * changes their password, which ends their other sessions.
 */
public final class MyAccountRoutes {

    static final String PATH = "/admin/me";
    /** The checkbox of a notice: this, then the notice's code; checked, it sends "yes". */
    private static final String FIELD = "notify-";

    private final AdminSecurity security;
    private final AdminPages pages;
    private final Accounts accounts;
    private final Sites sites;

    @Inject
    public MyAccountRoutes(AdminSecurity security, AdminPages pages, Accounts accounts, Sites sites) {
        this.security = security;
        this.pages = pages;
        this.accounts = accounts;
        this.sites = sites;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, this::show);
        routes.post(PATH, this::save);
        routes.post(PATH + "/password", this::changePassword);
    }

    private void show(Context ctx) {
        showStored(ctx, security.account(ctx), null);
    }

    /** The page as the account's choices are stored, with what is wrong, if anything. */
    private void showStored(Context ctx, Account account, String error) {
        Preferences preferences = accounts.preferences(account);
        show(ctx, account, account.name(), preferences.language() == null ? "" : preferences.language().code(),
                preferences.notices().stream().map(Notice::code).toList(), error);
    }

    /** Saved, or shown again as typed with what is wrong (422): an empty name or an unknown language is refused so. */
    private void save(Context ctx) {
        Account account = security.account(ctx);
        String name = ctx.formParam("name");
        String language = ctx.formParam("language") == null ? "" : ctx.formParam("language");
        Set<Notice> notices = EnumSet.noneOf(Notice.class);
        Arrays.stream(Notice.values()).filter(n -> "yes".equals(ctx.formParam(FIELD + n.code()))).forEach(notices::add);
        AdminTexts t = pages.texts(ctx);
        attempt(t, ctx, () -> {
            accounts.savePreferences(account, name, new Preferences(language(t, language), notices),
                    security.clientAddress(ctx));
            return PATH;
        }, t.get("me.saved"), error -> show(ctx, account, name, language,
                notices.stream().map(Notice::code).toList(), error));
    }

    /** Changed, or the page shown again (422) saying why: the current password wrong, or the new one refused. */
    private void changePassword(Context ctx) {
        Sessions.Session session = security.session(ctx);
        Account account = session.account();
        AdminTexts t = pages.texts(ctx);
        attempt(t, ctx, () -> {
            accounts.changePassword(account, ctx.formParam("current"), ctx.formParam("password"),
                    ctx.formParam("repeat"), session.tokenHash(), security.clientAddress(ctx));
            return PATH;
        }, t.get("me.passwordChanged"), error -> showStored(ctx, account, error));
    }

    private void show(Context ctx, Account account, String name, String language, List<String> notices,
                      String error) {
        AdminTexts t = pages.texts(ctx);
        List<Choice> languages = new ArrayList<>();
        languages.add(new Choice("", t.get("me.browserLanguage"), language.isEmpty()));
        Preferences.LANGUAGES.forEach(l -> languages.add(new Choice(l.code(), l.nativeName(),
                l.code().equals(language))));
        List<Choice> offered = Notice.of(account.role()).stream()
                .map(n -> new Choice(n.code(), t.get("me.notice." + n.code()), notices.contains(n.code()))).toList();
        pages.render(ctx, "me", new MyAccountView(pages.frame(ctx, t.get("menu.me"), error), account.email(),
                t.role(account.role()), account.role() == Role.NETWORK_ADMIN ? t.get("accounts.allSites")
                : account.sites().stream().map(sites::name).sorted().collect(Collectors.joining(", ")),
                name == null ? "" : name, languages, offered, Passwords.MIN_LENGTH));
    }

    private static Language language(AdminTexts t, String code) {
        if (code.isEmpty()) {
            return null;
        }
        return Preferences.LANGUAGES.stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(t.get("me.chooseLanguage")));
    }

}
