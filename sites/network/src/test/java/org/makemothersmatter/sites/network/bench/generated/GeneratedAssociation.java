package org.makemothersmatter.sites.network.bench.generated;

import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;

/**
 * A national association made up for a benchmark: a plugin with nothing of its own but its site, as a plugin
 * made by {@code new-plugin} starts. Its content (association, news) comes from {@link ContentGenerator}.
 *
 * @param country the ISO code of its country, for its association file
 */
public record GeneratedAssociation(Site site, String country) implements SitePlugin {
}
