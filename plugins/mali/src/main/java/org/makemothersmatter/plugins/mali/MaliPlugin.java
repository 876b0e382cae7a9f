package org.makemothersmatter.plugins.mali;

import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;

/** MMM Mali: its subsite, content under content/mali/. */
public final class MaliPlugin implements SitePlugin {

    private static final Site SITE = new Site("mali", "MMM Mali", List.of(Language.FRENCH, Language.ENGLISH), false);

    @Override
    public Site site() {
        return SITE;
    }
}
