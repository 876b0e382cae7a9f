package org.makemothersmatter.plugins.belgium;

import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;

/** MMM Belgium: its subsite, content under content/belgium/. */
public final class BelgiumPlugin implements SitePlugin {

    private static final Site SITE = new Site("belgium", "MMM Belgium", List.of(Language.FRENCH, Language.ENGLISH), false);

    @Override
    public Site site() {
        return SITE;
    }
}
