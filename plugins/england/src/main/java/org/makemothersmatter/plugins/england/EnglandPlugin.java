package org.makemothersmatter.plugins.england;

import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.OwnPage;
import org.makemothersmatter.core.plugin.SitePlugin;

/** MMM England: its subsite, content under content/england/, and its page on bridges between cultures. */
public final class EnglandPlugin implements SitePlugin {

    @Override
    public Site site() {
        return new Site("england", "MMM England", List.of(Language.ENGLISH, Language.FRENCH), false);
    }

    @Override
    public List<OwnPage> pages() {
        return List.of(OwnPage.named("bridges"));
    }
}
