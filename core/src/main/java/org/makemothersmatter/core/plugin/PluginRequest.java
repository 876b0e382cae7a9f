package org.makemothersmatter.core.plugin;

import java.util.List;

/**
 * What a plugin's public and back-office pages share: the request for a page of one site, what the visitor sent,
 * and the answers other than a rendered page. A bad value the plugin cannot use is its to answer (a form shown
 * again with a 422), never an exception: an uncaught one is a 500.
 */
public interface PluginRequest {

    /** The code of the site the request is for: the plugin's own. */
    String siteCode();

    /** The address of a page of the site, from its path relative to the site: {@code url("/thanks")}. */
    String url(String path);

    /** A field of the form sent or a query parameter, trimmed of nothing; empty when absent. */
    String param(String name);

    /** Every value of a field sent several times (a group of checkboxes), in order. */
    List<String> params(String name);

    /** A segment of the route's path: {@code pathParam("id")} for {@code /events/{id}}. */
    String pathParam(String name);

    /** The status of the answer, before it is rendered: 422 for a form shown again with what is wrong. */
    void status(int status);

    /** Answers 303 See Other to a page of the site, from its path relative to the site (after a form is kept). */
    void redirect(String path);

    /**
     * Says that this request changed what the site's pages show (the plugin's own records): every kept page of
     * the site, on every server of the network, is rendered again once the request is answered.
     */
    void changed();
}
