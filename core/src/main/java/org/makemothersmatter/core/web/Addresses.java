package org.makemothersmatter.core.web;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.net.URI;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.web.SiteRequest;

/**
 * Where the pages of each site are: at its path prefix on the network's address, and at {@code /} of each
 * host name the settings give it. Links within a site follow the way the visitor came; links to another site
 * and canonical links go to where that site is meant to be found.
 */
public final class Addresses {

    /** The request attribute that says a host name of the site brought the request, set by {@link HostNames}. */
    static final String BY_HOST = "mmm.by-host";

    private final Sites sites;
    private final WebSettings settings;

    @Inject
    public Addresses(Sites sites, WebSettings settings) {
        this.sites = sites;
        this.settings = settings;
    }

    /** The request for a page of a site in a language, its links made the way the visitor reached the site. */
    public SiteRequest request(Context ctx, Site site, Language language) {
        return new SiteRequest(site, language, ctx.attribute(BY_HOST) != null);
    }

    /**
     * A link from a page to a page of any site, in the page's language if that site publishes in it: local when
     * the site is the page's own, else to the other site's canonical address, or its prefix on the network's.
     */
    public String link(SiteRequest from, Site target, String path) {
        Language language = target.shownIn(from.language());
        if (target.code().equals(from.site().code())) {
            return from.in(language).url(path);
        }
        if (sites.canonicalUrl(target).isPresent() || from.byHost()) {
            return absolute(target, language, path);
        }
        return target.url(language, path);
    }

    /**
     * The full address of what every site shares (an image, a shipped file) at a site's address: where other sites
     * and services fetch it for the site's pages, such as the image of a page shared on a social network.
     */
    public String shared(Site site, String path) {
        return sites.canonicalUrl(site).map(URI::toString).orElse(settings.publicUrl()) + path;
    }

    /** The full address of a page where its site is meant to be found, for canonical and hreflang links. */
    public String absolute(Site site, Language language, String path) {
        return sites.canonicalUrl(site).map(URI::toString).map(base -> base + site.path(language, path))
                .orElse(settings.publicUrl() + site.url(language, path));
    }
}
