package org.makemothersmatter.plugins.mali;

import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.OwnPage;
import org.makemothersmatter.core.plugin.SitePlugin;

/** MMM Mali: its subsite, content under content/mali/, and its page on its training and counselling. */
public final class MaliPlugin implements SitePlugin {

    /** Its page on its training and counselling, with the areas it works through (keys of its strings). */
    private static final OwnPage PROGRAMMES = OwnPage.named("programmes").withItems("programmes.area.training",
            "programmes.area.awareness", "programmes.area.counselling", "programmes.area.assistance");

    @Override
    public Site site() {
        return new Site("mali", "MMM Mali", List.of(Language.FRENCH, Language.ENGLISH), false);
    }

    @Override
    public List<OwnPage> pages() {
        return List.of(PROGRAMMES);
    }
}
