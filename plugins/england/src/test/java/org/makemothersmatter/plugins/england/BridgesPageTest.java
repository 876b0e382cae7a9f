package org.makemothersmatter.plugins.england;

import java.util.Map;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.testkit.OwnPageContract;

/** MMM England's page on its bridges between mothers of different cultures. */
class BridgesPageTest extends OwnPageContract {

    @Override
    protected SitePlugin plugin() {
        return new EnglandPlugin();
    }

    @Override
    protected String path() {
        return "/bridges";
    }

    @Override
    protected Map<String, Expected> expected() {
        return Map.of(
                "en", new Expected("Bridges between mothers of different cultures", "Bridges between cultures",
                        "working in particular with disadvantaged groups of women of Muslim tradition."),
                "fr", new Expected("Des ponts entre mères de cultures différentes", "Des ponts entre les cultures",
                        "en travaillant en particulier avec des groupes défavorisés de femmes de tradition musulmane."));
    }
}
