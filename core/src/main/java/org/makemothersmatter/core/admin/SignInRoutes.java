package org.makemothersmatter.core.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.Sessions;
import org.makemothersmatter.core.account.TwoFactor;
import org.makemothersmatter.core.admin.view.SignInView;
import org.makemothersmatter.core.web.assets.Assets;

/**
 * Signing in and out. A new session token is made at every sign-in, and the old session is ended. An account with
 * two-factor sign-in gives its code on a second page, within {@link TwoFactor#PENDING_VALID} of its password.
 */
public final class SignInRoutes {

    static final String SIGN_IN = "/admin/login";
    static final String CODE = SIGN_IN + "/code";

    private final Accounts accounts;
    private final Sessions sessions;
    private final AdminSecurity security;
    private final AdminPages pages;
    private final AuditLog audit;
    private final Assets assets;
    private final TwoFactor twoFactor;

    @Inject
    public SignInRoutes(Accounts accounts, Sessions sessions, AdminSecurity security, AdminPages pages,
                        AuditLog audit, Assets assets, TwoFactor twoFactor) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.security = security;
        this.pages = pages;
        this.audit = audit;
        this.assets = assets;
        this.twoFactor = twoFactor;
    }

    void form(Context ctx) {
        if (security.optionalSession(ctx).isPresent()) {
            ctx.redirect("/admin", HttpStatus.SEE_OTHER);
            return;
        }
        show(ctx, "", null);
    }

    void signIn(Context ctx) {
        String email = ctx.formParam("email");
        Accounts.SignIn outcome = accounts.signIn(email, ctx.formParam("password"), security.clientAddress(ctx));
        if (outcome instanceof Accounts.SecondFactor second) {
            security.awaitSecondFactor(ctx, second.token());
            ctx.redirect(CODE + "?next=" + URLEncoder.encode(safeNext(ctx.formParam("next")),
                    StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
        } else if (outcome instanceof Accounts.Refused) {
            ctx.status(HttpStatus.UNAUTHORIZED);
            show(ctx, email, pages.texts(ctx).get("signin.wrong"));
        } else {
            finish(ctx, outcome, email);
        }
    }

    /** The second page of a sign-in that waits for its code; without such a sign-in, the first. */
    void codeForm(Context ctx) {
        if (twoFactor.pending(security.secondFactorToken(ctx)).isEmpty()) {
            ctx.redirect(SIGN_IN, HttpStatus.SEE_OTHER);
            return;
        }
        showCode(ctx, null);
    }

    void code(Context ctx) {
        String token = security.secondFactorToken(ctx);
        if (twoFactor.pending(token).isEmpty()) {
            ctx.redirect(SIGN_IN, HttpStatus.SEE_OTHER);
            return;
        }
        Accounts.SignIn outcome = accounts.secondFactor(token, ctx.formParam("code"), security.clientAddress(ctx));
        if (outcome instanceof Accounts.Refused) {
            ctx.status(HttpStatus.UNAUTHORIZED);
            showCode(ctx, pages.texts(ctx).get("signin.wrongCode"));
        } else {
            finish(ctx, outcome, "");
        }
    }

    /** A sign-in that succeeded opens its session; one locked says for how long. */
    private void finish(Context ctx, Accounts.SignIn outcome, String email) {
        if (outcome instanceof Accounts.SignedIn signedIn) {
            security.endSession(ctx);
            security.startSession(ctx, sessions.open(signedIn.account()));
            ctx.redirect(safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
        } else if (outcome instanceof Accounts.TooSoon tooSoon) {
            long seconds = Math.max(1, (tooSoon.retryAfter().toMillis() + 999) / 1000);
            ctx.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(seconds));
            show(ctx, email, pages.texts(ctx).format("signin.locked", seconds));
        }
    }

    void signOut(Context ctx) {
        security.optionalSession(ctx).ifPresent(s -> audit.record(s.account().id(), s.account().email(), "sign-out",
                null, null, null, security.clientAddress(ctx)));
        security.endSession(ctx);
        ctx.redirect(SIGN_IN, HttpStatus.SEE_OTHER);
    }

    /** The form, in the browser's language: no account is known yet. */
    private void show(Context ctx, String email, String error) {
        show(ctx, "signin", email, error);
    }

    private void showCode(Context ctx, String error) {
        show(ctx, "signin-code", "", error);
    }

    private void show(Context ctx, String template, String email, String error) {
        AdminTexts t = pages.texts(ctx);
        pages.render(ctx, template, new SignInView(t.t(), t.language().code(), t.language().dir(),
                security.signInToken(ctx), email == null ? "" : email,
                safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next")), error,
                assets.backOffice()));
    }

    /** Only a back-office path of this site: never an address elsewhere. */
    static String safeNext(String next) {
        return next != null && next.matches("/admin(/[A-Za-z0-9/_?=&%.-]*)?") ? next : "/admin";
    }
}
