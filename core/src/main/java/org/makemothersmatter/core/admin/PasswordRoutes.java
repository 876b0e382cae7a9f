package org.makemothersmatter.core.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.inject.Inject;
import java.util.Optional;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.Passwords;
import org.makemothersmatter.core.account.Sessions;
import org.makemothersmatter.core.account.TwoFactor;
import org.makemothersmatter.core.admin.view.PasswordView;
import org.makemothersmatter.core.web.assets.Assets;

/**
 * Choosing a password without being signed in: asking for a link when it is forgotten ({@link #FORGOT}), and the
 * link mailed, for an invitation or a forgotten password ({@link #LINK}{@code /<token>}), where it is typed twice;
 * once chosen, its account is signed in, unless it has two-factor sign-in: a link mailed is no second factor, and
 * it signs in with its new password and a code. The pages speak the browser's language.
 */
public final class PasswordRoutes {

    static final String FORGOT = "/admin/forgot";
    static final String LINK = "/admin/password";

    private final Accounts accounts;
    private final Sessions sessions;
    private final AdminSecurity security;
    private final AdminPages pages;
    private final Assets assets;
    private final TwoFactor twoFactor;

    @Inject
    public PasswordRoutes(Accounts accounts, Sessions sessions, AdminSecurity security, AdminPages pages,
                          Assets assets, TwoFactor twoFactor) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.security = security;
        this.pages = pages;
        this.assets = assets;
        this.twoFactor = twoFactor;
    }

    void register(RoutesConfig routes) {
        routes.get(FORGOT, ctx -> forgot(ctx, false));
        routes.post(FORGOT, this::sendLink);
        routes.get(LINK + "/{token}", this::linkForm);
        routes.post(LINK + "/{token}", this::choose);
    }

    /** The same answer whether an account has the address or not: nothing tells which addresses have one. */
    private void sendLink(Context ctx) {
        accounts.requestReset(ctx.formParam("email"), security.clientAddress(ctx), pages.texts(ctx).language());
        forgot(ctx, true);
    }

    private void forgot(Context ctx, boolean sent) {
        render(ctx, "forgot", FORGOT, "", null, sent);
    }

    /** The form of a link that works; else, with a 410, what to do instead. */
    private void linkForm(Context ctx) {
        Optional<Account> account = accounts.linked(ctx.pathParam("token"));
        if (account.isEmpty()) {
            expired(ctx);
            return;
        }
        render(ctx, "password", ctx.path(), account.get().email(), null, false);
    }

    private void choose(Context ctx) {
        String token = ctx.pathParam("token");
        Optional<Account> account = accounts.linked(token);
        if (account.isEmpty()) {
            expired(ctx);
            return;
        }
        try {
            Account chosen = accounts.setPasswordByLink(token, ctx.formParam("password"), ctx.formParam("repeat"),
                    security.clientAddress(ctx));
            security.endSession(ctx);
            if (twoFactor.enabled(chosen)) {
                ctx.redirect(SignInRoutes.SIGN_IN, HttpStatus.SEE_OTHER);
                return;
            }
            security.startSession(ctx, sessions.open(chosen));
            AdminForms.redirect(ctx, "/admin", pages.texts(ctx).get("password.chosen"));
        } catch (IllegalArgumentException e) {
            // 422: the form is understood but cannot be accepted; it is shown again, the passwords not kept.
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, "password", ctx.path(), account.get().email(), pages.texts(ctx).reason(e), false);
        }
    }

    private void expired(Context ctx) {
        ctx.status(HttpStatus.GONE);
        render(ctx, "password", null, "", pages.texts(ctx).get("account.refused.link"), false);
    }

    private void render(Context ctx, String template, String action, String email, String error, boolean sent) {
        AdminTexts t = pages.texts(ctx);
        pages.render(ctx, template, new PasswordView(t.t(), t.language().code(), t.language().dir(),
                security.signInToken(ctx), action, email, error, sent, Passwords.MIN_LENGTH,
                Accounts.RESET_VALID.toHours(), assets.backOffice()));
    }
}
