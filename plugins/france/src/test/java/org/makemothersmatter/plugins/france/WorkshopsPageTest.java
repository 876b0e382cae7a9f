package org.makemothersmatter.plugins.france;

import java.util.Map;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.testkit.OwnPageContract;

/** MMM France's page on its Mothers' Workshops technique. */
class WorkshopsPageTest extends OwnPageContract {

    @Override
    protected SitePlugin plugin() {
        return new FrancePlugin();
    }

    @Override
    protected String path() {
        return "/workshops";
    }

    @Override
    protected Map<String, Expected> expected() {
        return Map.of(
                "fr", new Expected("Les Ateliers des mères", "Ateliers des mères",
                        "en particulier les Ateliers des mères MMM, selon la technique originale mise au point par MMM France."),
                "en", new Expected("Mothers’ Workshops", "Mothers’ Workshops",
                        "in particular, the MMM Mothers’ Workshops using the original technique developed by MMM France."));
    }
}
