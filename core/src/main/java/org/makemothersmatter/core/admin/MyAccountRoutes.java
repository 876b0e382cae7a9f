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
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.Notice;
import org.makemothersmatter.core.account.Preferences;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.admin.view.Choice;
import org.makemothersmatter.core.admin.view.MyAccountView;
import org.makemothersmatter.core.model.Language;

/** {@code /admin/me}: anyone signed in chooses their name, their language and the notices they get by e-mail. */
public final class MyAccountRoutes {

    static final String PATH = "/admin/me";
    private static final String TITLE = "My account";
    /** The checkbox of a notice: this, then the notice's code; checked, it sends "yes". */
    private static final String FIELD = "notify-";

    private final AdminSecurity security;
    private final AdminPages pages;
    private final Accounts accounts;

    @Inject
    public MyAccountRoutes(AdminSecurity security, AdminPages pages, Accounts accounts) {
        this.security = security;
        this.pages = pages;
        this.accounts = accounts;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, this::show);
        routes.post(PATH, this::save);
    }

    private void show(Context ctx) {
        Account account = security.account(ctx);
        Preferences preferences = accounts.preferences(account);
        show(ctx, account, account.name(), preferences.language() == null ? "" : preferences.language().code(),
                preferences.notices().stream().map(Notice::code).toList(), null);
    }

    /** Saved, or shown again as typed with what is wrong (422): an empty name or an unknown language is refused so. */
    private void save(Context ctx) {
        Account account = security.account(ctx);
        String name = ctx.formParam("name");
        String language = ctx.formParam("language") == null ? "" : ctx.formParam("language");
        Set<Notice> notices = EnumSet.noneOf(Notice.class);
        Arrays.stream(Notice.values()).filter(n -> "yes".equals(ctx.formParam(FIELD + n.code()))).forEach(notices::add);
        attempt(ctx, () -> {
            accounts.savePreferences(account, name, new Preferences(language(language), notices), ctx.ip());
            return PATH;
        }, "Your account is saved.", error -> show(ctx, account, name, language,
                notices.stream().map(Notice::code).toList(), error));
    }

    private void show(Context ctx, Account account, String name, String language, List<String> notices,
                      String error) {
        List<Choice> languages = new ArrayList<>();
        languages.add(new Choice("", "As my browser asks (e-mails in English)", language.isEmpty()));
        Preferences.LANGUAGES.forEach(l -> languages.add(new Choice(l.code(), l.nativeName(),
                l.code().equals(language))));
        List<Choice> offered = Notice.of(account.role()).stream()
                .map(n -> new Choice(n.code(), n.label(), notices.contains(n.code()))).toList();
        pages.render(ctx, "me", new MyAccountView(pages.frame(ctx, TITLE, error), account.email(),
                account.role().code(), account.role() == Role.NETWORK_ADMIN ? "all sites"
                : String.join(", ", account.sites().stream().sorted().toList()), name == null ? "" : name,
                languages, offered));
    }

    private static Language language(String code) {
        if (code.isEmpty()) {
            return null;
        }
        return Preferences.LANGUAGES.stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Choose a language from the list."));
    }

}
