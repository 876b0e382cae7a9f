package org.makemothersmatter.core.plugin;

import gg.jte.Content;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A request for one of a plugin's public pages, and the toolkit core hands it to answer: the site's strings in
 * the page's language, form tokens, core's building blocks (an own page's shared part with the latest news,
 * pagination), and the rendering of a template in the site's frame (header, navigation, language switcher,
 * footer, the plugin's frame blocks).
 */
public interface SitePage extends PluginRequest {

    /** The hidden field of a form that carries its {@link #formToken token}. */
    String FORM_FIELD = "_csrf";

    /** The BCP 47 tag of the page's language. */
    String language();

    Locale locale();

    /** The site's UI strings in the page's language: the plugin's over core's, English where a language lacks one. */
    Texts texts();

    /** A date as the page's language writes it in full: "12 mai 2025", "May 12, 2025". */
    String date(LocalDate date);

    /**
     * The token of a form of this page, for its {@link #FORM_FIELD} field: a form sent without it, or from another
     * site, is not {@link #fromThisSite}. A page with a form is a {@link SiteRoutes#get get}, never kept.
     */
    String formToken();

    /** Whether the form sent carries the token this site gave the visitor: false for a forged or expired one. */
    boolean fromThisSite();

    /**
     * The shared part of an own page named {@code name}: its title and lead from the strings {@code <name>.title}
     * and {@code <name>.lead}, and the site's latest news as core's cards under the heading {@code <name>.news}.
     */
    OwnPageView ownPage(String name);

    /** Which page of a listing the visitor asked for ({@code ?page=3}), 1 if none; a bad number is answered 400. */
    int pageNumber();

    /** Core's links to the other pages of a listing of {@code total} items, {@code size} a page; nothing if one. */
    Content pagination(long total, int size);

    /** Keeps this page out of search engines (a confirmation, a page of thanks). */
    void noindex();

    /**
     * Answers with the plugin's template {@code <code>/<template>.jte}, given {@code view}, in the site's frame
     * titled {@code title} and described by {@code description} for search engines and shared links. The
     * language switcher leads to the same path in the site's other languages.
     */
    void render(String template, Object view, String title, String description);

    /** The same, titled and described by an own page's shared part. */
    default void render(String template, Object view, OwnPageView page) {
        render(template, view, page.title(), page.lead());
    }
}
