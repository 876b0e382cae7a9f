package org.makemothersmatter.plugins.france;

import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;

/** MMM France: its subsite, content under content/france/. */
public final class FrancePlugin implements SitePlugin {

    private static final Site SITE = new Site("france", "MMM France", List.of(Language.FRENCH, Language.ENGLISH), false);

    @Override
    public Site site() {
        return SITE;
    }
}
