package org.makemothersmatter.sites.network;

import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;

/** The international site of Make Mothers Matter: its content is under content/network/. */
public final class NetworkSitePlugin implements SitePlugin {

    @Override
    public String code() {
        return "network";
    }

    @Override
    public String name() {
        return "Make Mothers Matter";
    }

    @Override
    public List<String> languages() {
        return List.of("en", "fr");
    }

    /** The one site that is not a national association's: it lives at the network's root and lists them all. */
    @Override
    public Site site() {
        return new Site(code(), name(), languages().stream().map(Language::of).toList(), true);
    }
}
