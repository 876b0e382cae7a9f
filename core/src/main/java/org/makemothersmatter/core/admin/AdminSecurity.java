package org.makemothersmatter.core.admin;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.RedirectResponse;
import io.javalin.http.SameSite;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.account.RequestOrigin;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.account.Sessions;
import org.makemothersmatter.core.account.Sessions.Session;
import org.makemothersmatter.core.account.TwoFactor;
import org.makemothersmatter.core.web.ClientAddresses;
import org.makemothersmatter.core.web.ClientLimits;
import org.makemothersmatter.core.web.WebSettings;

/**
 * Guards the back office: every request under /admin needs a session (but the pages of signing in and of choosing a
 * password through a link mailed, which carry the token of the sign-in cookie instead), and every form sent there
 * needs the session's CSRF token. A network administrator without two-factor sign-in is sent to set it up, and
 * reaches nothing else until done. Cookies are HttpOnly and SameSite=Strict, and Secure when the site is served over
 * HTTPS. The forms of the signed out are limited per client (see {@link ClientLimits}), before anything of them is
 * checked.
 */
public final class AdminSecurity {

    public static final String SESSION_COOKIE = "mmm_session";
    static final String SIGN_IN_COOKIE = "mmm_signin";
    /** The token of a sign-in whose password was right, waiting for its second factor: it grants nothing else. */
    static final String SECOND_FACTOR_COOKIE = "mmm_second";
    static final String CSRF_FIELD = "_csrf";
    private static final String SESSION = "admin.session";

    private final Sessions sessions;
    private final WebSettings settings;
    private final RequestOrigin origin;
    private final AuditLog audit;
    private final ClientAddresses clients;
    private final ClientLimits limits;
    private final TwoFactor twoFactor;

    @Inject
    public AdminSecurity(Sessions sessions, WebSettings settings, RequestOrigin origin, AuditLog audit,
                         ClientAddresses clients, ClientLimits limits, TwoFactor twoFactor) {
        this.sessions = sessions;
        this.settings = settings;
        this.origin = origin;
        this.audit = audit;
        this.clients = clients;
        this.limits = limits;
        this.twoFactor = twoFactor;
    }

    /** Runs before every back-office request; {@link #after} ends what it starts. */
    void before(Context ctx) {
        origin.set(clientAddress(ctx));
        ctx.header("Cache-Control", "no-store");
        boolean signedOutPage = signedOut(ctx.path());
        if (signedOutPage && ctx.method() == HandlerType.POST) {
            limits.take(ctx, ClientLimits.Kind.SIGN_IN);
        }
        Optional<Session> session = sessions.find(ctx.cookie(SESSION_COOKIE));
        session.ifPresent(s -> ctx.attribute(SESSION, s));
        if (ctx.method() == HandlerType.POST) {
            String expected = signedOutPage ? ctx.cookie(SIGN_IN_COOKIE) : session.map(Session::csrfToken).orElse(null);
            if (!Sessions.same(expected, ctx.formParam(CSRF_FIELD))) {
                throw new ForbiddenResponse("The form has expired or did not come from this site.");
            }
        }
        if (session.isEmpty() && !signedOutPage) {
            String next = ctx.method() == HandlerType.GET ? ctx.path() : "/admin";
            throw new RedirectResponse(HttpStatus.SEE_OTHER, "/admin/login?next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        if (session.isPresent() && !ctx.path().equals(TwoFactorRoutes.SETUP) && !ctx.path().equals("/admin/logout")
                && twoFactor.required(session.get().account())) {
            throw new RedirectResponse(HttpStatus.SEE_OTHER, TwoFactorRoutes.SETUP);
        }
    }

    void after(Context ctx) {
        origin.clear();
    }

    /**
     * Records a request the back office refused (403), with the rule that refused it: forged forms and addresses
     * leave a trace, whoever sent them, signed in or not.
     */
    public void refused(Context ctx, String rule) {
        Optional<Account> account = optionalSession(ctx).map(Session::account);
        audit.record(account.map(Account::id).orElse(null), account.map(Account::email).orElse(""), "refused", null,
                ctx.method() + " " + ctx.path(), rule, clientAddress(ctx));
    }

    /** The address of the request's client, for the audit log and the limits: see {@link ClientAddresses}. */
    public String clientAddress(Context ctx) {
        return clients.of(ctx);
    }

    /**
     * The pages anyone may see, signed in or not: signing in and its second step, a forgotten password, a link to
     * choose one.
     */
    static boolean signedOut(String path) {
        return path.equals(SignInRoutes.SIGN_IN) || path.equals(SignInRoutes.CODE)
                || path.equals(PasswordRoutes.FORGOT) || path.startsWith(PasswordRoutes.LINK + "/");
    }

    /** The session of a request that passed {@link #before}. */
    public Session session(Context ctx) {
        Session session = ctx.attribute(SESSION);
        if (session == null) {
            throw new ForbiddenResponse();
        }
        return session;
    }

    public Optional<Session> optionalSession(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION));
    }

    public Account account(Context ctx) {
        return session(ctx).account();
    }

    /** Only network administrators go further. */
    public Account requireAdmin(Context ctx) {
        Account account = account(ctx);
        if (account.role() != Role.NETWORK_ADMIN) {
            throw new ForbiddenResponse("Only network administrators may do this.");
        }
        return account;
    }

    /** Opens the session of a sign-in that succeeded, which the client's limit of sign-ins does not count. */
    void startSession(Context ctx, String token) {
        limits.giveBack(ctx, ClientLimits.Kind.SIGN_IN);
        ctx.cookie(cookie(SESSION_COOKIE, token, -1));
        ctx.cookie(cookie(SIGN_IN_COOKIE, "", 0));
        ctx.cookie(cookie(SECOND_FACTOR_COOKIE, "", 0));
    }

    /** Keeps the token of a sign-in waiting for its second factor, as long as the wait lasts. */
    void awaitSecondFactor(Context ctx, String token) {
        ctx.cookie(cookie(SECOND_FACTOR_COOKIE, token, (int) TwoFactor.PENDING_VALID.toSeconds()));
    }

    String secondFactorToken(Context ctx) {
        return ctx.cookie(SECOND_FACTOR_COOKIE);
    }

    void endSession(Context ctx) {
        optionalSession(ctx).ifPresent(sessions::close);
        ctx.cookie(cookie(SESSION_COOKIE, "", 0));
    }

    /** The token of the sign-in form, also set as a cookie that the form must match. */
    String signInToken(Context ctx) {
        String token = ctx.cookie(SIGN_IN_COOKIE);
        if (token == null || token.length() < 32) {
            token = sessions.randomToken();
            ctx.cookie(cookie(SIGN_IN_COOKIE, token, -1));
        }
        return token;
    }

    private Cookie cookie(String name, String value, int maxAge) {
        return new Cookie(name, value, "/admin", maxAge, settings.secureCookies(), true, null, SameSite.STRICT);
    }
}
