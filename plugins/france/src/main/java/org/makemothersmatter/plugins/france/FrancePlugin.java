package org.makemothersmatter.plugins.france;

import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.OwnPage;
import org.makemothersmatter.core.plugin.SitePlugin;

/** MMM France: its subsite, content under content/france/, and its page on the Mothers' Workshops. */
public final class FrancePlugin implements SitePlugin {

    @Override
    public Site site() {
        return new Site("france", "MMM France", List.of(Language.FRENCH, Language.ENGLISH), false);
    }

    @Override
    public List<OwnPage> pages() {
        return List.of(OwnPage.named("workshops"));
    }
}
