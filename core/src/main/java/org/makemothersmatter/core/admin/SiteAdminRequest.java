package org.makemothersmatter.core.admin;

import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Function;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.admin.view.AdminFrame;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.web.PageRenderer;

/**
 * A back-office request for a plugin's page, by an account allowed on the plugin's site, as core's pages for a
 * plugin's records see it.
 *
 * @param frame the back office's frame (menu, signed-in account, CSRF token) under a page's title
 * @param texts the back office's words in the request's language
 * @param base  the address of the plugin's back-office pages
 */
record SiteAdminRequest(Site site, Account account, Function<String, AdminFrame> frame, AdminTexts texts,
                        String base) {

    AdminFrame frame(String title) {
        return frame.apply(title);
    }

    /**
     * Answers with a template ({@code "<code>/admin-<page>.jte"}, or core's) in the back office's frame, which the
     * template does not call: it renders only the page's own content, below the frame's title.
     */
    void render(Context ctx, PageRenderer renderer, String template, Object view, AdminFrame frame) {
        PageRenderer.answer(ctx, renderer.framed(template, view, "core/admin/layout.jte", Map.of("frame", frame)));
    }

    /** The address of one of the plugin's back-office pages: {@code url("/answers")}. */
    String url(String path) {
        return base + path;
    }
}
