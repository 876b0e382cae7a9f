package org.makemothersmatter.core.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.inject.Inject;
import java.util.List;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.AccountRefused;
import org.makemothersmatter.core.account.TwoFactor;
import org.makemothersmatter.core.admin.view.TwoFactorView;

/**
 * {@code /admin/me/two-factor}: anyone signed in sets up two-factor sign-in (a network administrator must, before
 * anything else), by scanning the key, or typing it, in an app and confirming a first code; the recovery codes are
 * shown then, once, and made anew on request.
 */
public final class TwoFactorRoutes {

    static final String SETUP = MyAccountRoutes.PATH + "/two-factor";

    private final AdminSecurity security;
    private final AdminPages pages;
    private final TwoFactor twoFactor;

    @Inject
    public TwoFactorRoutes(AdminSecurity security, AdminPages pages, TwoFactor twoFactor) {
        this.security = security;
        this.pages = pages;
        this.twoFactor = twoFactor;
    }

    void register(RoutesConfig routes) {
        routes.get(SETUP, ctx -> show(ctx, List.of(), null));
        routes.post(SETUP, this::confirm);
        routes.post(SETUP + "/recovery-codes", this::newRecoveryCodes);
    }

    /** On, with the recovery codes to note; or the page again (422) when the code is wrong. */
    private void confirm(Context ctx) {
        Account account = security.account(ctx);
        try {
            show(ctx, twoFactor.confirm(account, ctx.formParam("code"), security.clientAddress(ctx)), null);
        } catch (AccountRefused e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            show(ctx, List.of(), pages.texts(ctx).reason(e));
        }
    }

    private void newRecoveryCodes(Context ctx) {
        try {
            show(ctx, twoFactor.newRecoveryCodes(security.account(ctx), security.clientAddress(ctx)), null);
        } catch (AccountRefused e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            show(ctx, List.of(), pages.texts(ctx).reason(e));
        }
    }

    /** The state of two-factor sign-in, the key to set it up while it is off, and recovery codes just made. */
    private void show(Context ctx, List<String> recoveryCodes, String error) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        boolean enabled = twoFactor.enabled(account);
        TwoFactor.Setup setup = enabled ? null : twoFactor.setup(account);
        pages.render(ctx, "two-factor", new TwoFactorView(pages.frame(ctx, t.get("twofactor.title"), error), enabled,
                twoFactor.required(account), setup == null ? "" : setup.qrImage(),
                setup == null ? "" : grouped(setup.secret()), recoveryCodes));
    }

    /** The key in groups of four characters, easier to type. */
    private static String grouped(String secret) {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }
}
