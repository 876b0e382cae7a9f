package org.makemothersmatter.core.web;

import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;

/**
 * The site and language a request is for, fixed by the route it matched, and how the visitor reached the
 * site: by its path prefix on the network's address, or by a host name of its own that serves it at /.
 * Links within the site are made the same way, so that a visitor stays on the address they came by.
 */
public record SiteRequest(Site site, Language language, boolean byHost) {

    /** A request that reached the site by its path prefix. */
    public SiteRequest(Site site, Language language) {
        this(site, language, false);
    }

    /** The address of a page of this site in this language, e.g. "/belgium/fr/news", or "/fr/news" by host. */
    public String url(String path) {
        return byHost ? site.path(language, path) : site.url(language, path);
    }

    /** The same site, reached the same way, in another language. */
    public SiteRequest in(Language other) {
        return new SiteRequest(site, other, byHost);
    }
}
