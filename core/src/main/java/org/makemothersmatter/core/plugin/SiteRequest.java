package org.makemothersmatter.core.plugin;

import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;

/** The site and language a request is for, fixed by the route it matched. */
public record SiteRequest(Site site, Language language) {

    public String url(String path) {
        return site.url(language, path);
    }
}
