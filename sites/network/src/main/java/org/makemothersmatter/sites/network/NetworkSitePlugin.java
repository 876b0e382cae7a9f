package org.makemothersmatter.sites.network;

import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;

/** The international site of Make Mothers Matter: its content is under content/network/. */
public final class NetworkSitePlugin implements SitePlugin {

    private static final Site SITE = new Site("network", "Make Mothers Matter",
            List.of(Language.ENGLISH, Language.FRENCH), true);

    @Override
    public Site site() {
        return SITE;
    }
}
