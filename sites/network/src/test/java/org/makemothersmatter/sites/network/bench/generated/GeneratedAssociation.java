package org.makemothersmatter.sites.network.bench.generated;

import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.testkit.TestPlugin;

/**
 * A national association made up for a benchmark: a plugin with nothing of its own but its site, as a plugin
 * made by {@code new-plugin} starts. Its content (association, news) comes from {@link ContentGenerator}.
 */
public final class GeneratedAssociation extends TestPlugin {

    private final String country;

    /** @param country the ISO code of its country, for its association file */
    public GeneratedAssociation(Site site, String country) {
        super(site);
        this.country = country;
    }

    public String country() {
        return country;
    }
}
