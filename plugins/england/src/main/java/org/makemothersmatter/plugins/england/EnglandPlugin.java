package org.makemothersmatter.plugins.england;

import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;

/** MMM England: its subsite, content under content/england/. */
public final class EnglandPlugin implements SitePlugin {

    private static final Site SITE = new Site("england", "MMM England", List.of(Language.ENGLISH, Language.FRENCH), false);

    @Override
    public Site site() {
        return SITE;
    }
}
