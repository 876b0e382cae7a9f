package org.makemothersmatter.core.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.inject.Inject;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.Sessions;
import org.makemothersmatter.core.admin.view.SignInView;
import org.makemothersmatter.core.web.assets.Assets;

/** Signing in and out. A new session token is made at every sign-in, and the old session is ended. */
public final class SignInRoutes {

    private final Accounts accounts;
    private final Sessions sessions;
    private final AdminSecurity security;
    private final AdminPages pages;
    private final AuditLog audit;
    private final Assets assets;

    @Inject
    public SignInRoutes(Accounts accounts, Sessions sessions, AdminSecurity security, AdminPages pages,
                        AuditLog audit, Assets assets) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.security = security;
        this.pages = pages;
        this.audit = audit;
        this.assets = assets;
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
        if (outcome instanceof Accounts.SignedIn signedIn) {
            security.endSession(ctx);
            security.startSession(ctx, sessions.open(signedIn.account()));
            ctx.redirect(safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
        } else if (outcome instanceof Accounts.TooSoon tooSoon) {
            long seconds = Math.max(1, (tooSoon.retryAfter().toMillis() + 999) / 1000);
            ctx.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(seconds));
            show(ctx, email, pages.texts(ctx).format("signin.locked", seconds));
        } else {
            ctx.status(HttpStatus.UNAUTHORIZED);
            show(ctx, email, pages.texts(ctx).get("signin.wrong"));
        }
    }

    void signOut(Context ctx) {
        security.optionalSession(ctx).ifPresent(s -> audit.record(s.account().id(), s.account().email(), "sign-out",
                null, null, null, security.clientAddress(ctx)));
        security.endSession(ctx);
        ctx.redirect("/admin/login", HttpStatus.SEE_OTHER);
    }

    /** The form, in the browser's language: no account is known yet. */
    private void show(Context ctx, String email, String error) {
        AdminTexts t = pages.texts(ctx);
        pages.render(ctx, "signin", new SignInView(t.t(), t.language().code(), t.language().dir(),
                security.signInToken(ctx), email == null ? "" : email,
                safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next")), error,
                assets.backOffice()));
    }

    /** Only a back-office path of this site: never an address elsewhere. */
    static String safeNext(String next) {
        return next != null && next.matches("/admin(/[A-Za-z0-9/_?=&%.-]*)?") ? next : "/admin";
    }
}
