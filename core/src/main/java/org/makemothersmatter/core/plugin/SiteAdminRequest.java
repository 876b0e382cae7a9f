package org.makemothersmatter.core.plugin;

import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.admin.view.AdminFrame;
import org.makemothersmatter.core.model.Site;

/** A back-office request for a plugin's page, by an account allowed on the plugin's site. */
public interface SiteAdminRequest {

    Site site();

    Account account();

    /** The back office's frame (menu, signed-in account, CSRF token) with this page's title and error, if any. */
    AdminFrame frame(String title, String error);

    /**
     * Answers with one of the plugin's templates ({@code "<code>/admin-<page>.jte"}) in the back office's frame,
     * which the template does not call: it renders only the page's own content, below the frame's title.
     */
    void render(String template, Object view, AdminFrame frame);

    /** The address of one of the plugin's back-office pages: {@code url("/answers")}. */
    String url(String path);
}
