package org.makemothersmatter.plugins.lebanon;

import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;

/** MMM Lebanon: its subsite in French, English and Arabic (right to left), content under content/lebanon/. */
public final class LebanonPlugin implements SitePlugin {

    private static final Site SITE = new Site("lebanon", "MMM Lebanon", List.of(Language.FRENCH, Language.ENGLISH, Language.of("ar")), false);

    @Override
    public Site site() {
        return SITE;
    }
}
