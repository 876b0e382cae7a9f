package org.makemothersmatter.core.plugin;

import gg.jte.Content;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A request for one of a plugin's public pages, and the toolkit core hands it to answer: the site's strings in
 * the page's language, form tokens, core's building blocks (an own page's shared part with the latest news,
 * pagination), the rendering of a template in the site's frame (header, navigation, language switcher,
 * footer, the plugin's frame blocks), and a notice by e-mail to the site's team when a form's answer is kept.
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

    /**
     * Tells the site's team by e-mail that a visitor's answer to a public form was stored: call it once the answer is
     * kept (never for one refused, nor for a robot's). The mail goes to the site's editors and the network
     * administrators who asked for these notices (on their account's page in the back office), each in the language
     * they read the back office in: its subject and text are the plugin's strings {@code subjectKey} and
     * {@code textKey} in that language (in {@code messages/<code>_<language>.properties}), formatted with
     * {@code arguments} as {@link Texts#format} does; core adds a greeting, a link to the back office, and why the
     * person gets it. The mail is plain text, its subject on one line. It is sent in the background: the request
     * neither waits for the mail server nor fails with it, and a notice that cannot be written is logged, not
     * answered to the visitor, whose answer is kept.
     */
    void notifyTeam(String subjectKey, String textKey, Object... arguments);

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
