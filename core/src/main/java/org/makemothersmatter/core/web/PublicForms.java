package org.makemothersmatter.core.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import jakarta.inject.Inject;
import org.makemothersmatter.core.account.Sessions;
import org.makemothersmatter.core.plugin.SitePage;

/**
 * CSRF protection for the public site's forms, whose visitors have no session: the form carries a random
 * token that must match a cookie only this site can set (HttpOnly, SameSite=Strict), so a page elsewhere
 * cannot send a form in the visitor's name. A form that fails the check should be shown again with what was
 * typed, not thrown away: the cookie may simply have gone with a closed browser.
 */
public final class PublicForms {

    /** The name of the hidden field that carries the token. */
    public static final String FIELD = SitePage.FORM_FIELD;
    static final String COOKIE = "mmm_form";

    private final Sessions sessions;
    private final WebSettings settings;

    @Inject
    public PublicForms(Sessions sessions, WebSettings settings) {
        this.sessions = sessions;
        this.settings = settings;
    }

    /** The token to put in the form's hidden field; sets the cookie it must match if the visitor has none. */
    public String token(Context ctx) {
        // The page carries the visitor's own token: no cache, shared or not, may keep it.
        ctx.header("Cache-Control", "no-store");
        String token = ctx.cookie(COOKIE);
        if (token == null || token.length() < 32) {
            token = sessions.randomToken();
            ctx.cookie(new Cookie(COOKIE, token, "/", -1, settings.secureCookies(), true, null, SameSite.STRICT));
        }
        return token;
    }

    /** Whether the form sent comes from one of this site's pages. */
    public boolean fromThisSite(Context ctx) {
        return Sessions.same(ctx.cookie(COOKIE), ctx.formParam(FIELD));
    }
}
