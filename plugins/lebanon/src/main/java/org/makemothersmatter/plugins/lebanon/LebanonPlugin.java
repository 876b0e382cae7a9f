package org.makemothersmatter.plugins.lebanon;

import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.OwnPage;
import org.makemothersmatter.core.plugin.SitePlugin;

/** MMM Lebanon: its subsite, content under content/lebanon/, and its page of solidarity with Lebanon. */
public final class LebanonPlugin implements SitePlugin {

    @Override
    public Site site() {
        return new Site("lebanon", "MMM Lebanon", List.of(Language.FRENCH, Language.ENGLISH, Language.of("ar")), false);
    }

    @Override
    public List<OwnPage> pages() {
        return List.of(OwnPage.named("solidarity"));
    }
}
