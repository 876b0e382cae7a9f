package org.makemothersmatter.core.plugin;

/**
 * A request for one of a plugin's back-office pages, by an account allowed on the plugin's site (core checked it,
 * and the CSRF token of any form sent, before the handler runs), and what core hands it to answer.
 */
public interface SiteAdminPage extends PluginRequest {

    /** The hidden field of a back-office form that carries the session's {@link #csrfToken token}. */
    String CSRF_FIELD = "_csrf";

    /** Who is signed in, and what they may do on this site. */
    Rights rights();

    /** The session's token, for the {@link #CSRF_FIELD} field of every form of the page. */
    String csrfToken();

    /**
     * Answers with the plugin's template {@code <code>/<template>.jte}, given {@code view}, in the back office's
     * frame (menu, signed-in account) under {@code title}: the template renders only the page's own content.
     */
    void render(String template, Object view, String title);

    /** The signed-in account: its name, and whether it administers the whole network or edits this site only. */
    record Rights(String name, boolean networkAdministrator) {
    }
}
