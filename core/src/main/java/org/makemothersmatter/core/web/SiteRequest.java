package org.makemothersmatter.core.web;

import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;

/**
 * The site and language a request is for, fixed by the route it matched, and how the visitor reached the
 * site: by its path prefix on the network's address, or by a host name of its own that serves it at /.
 * Links within the site are made the same way, so that a visitor stays on the address they came by.
 * {@code previewOf}: for an editor's preview of a text not yet public, the address of its editor, which the page's
 * frame shows in a banner; null for a visitor's request.
 */
public record SiteRequest(Site site, Language language, boolean byHost, String previewOf) {

    /** A request that reached the site by its path prefix. */
    public SiteRequest(Site site, Language language) {
        this(site, language, false);
    }

    public SiteRequest(Site site, Language language, boolean byHost) {
        this(site, language, byHost, null);
    }

    /** The same page, as an editor's preview of what the editor at {@code editorUrl} will publish. */
    public SiteRequest preview(String editorUrl) {
        return new SiteRequest(site, language, byHost, editorUrl);
    }

    /** The address of a page of this site in this language, e.g. "/belgium/fr/news", or "/fr/news" by host. */
    public String url(String path) {
        return byHost ? site.path(language, path) : site.url(language, path);
    }

    /** The same site, reached the same way, in another language. */
    public SiteRequest in(Language other) {
        return new SiteRequest(site, other, byHost, previewOf);
    }
}
