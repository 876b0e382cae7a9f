package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Module;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.PluginDeclaration;
import org.makemothersmatter.core.service.NewsService;
import org.makemothersmatter.core.sites.SitePlugins;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.sites.network.ShippedContent.Story;

/**
 * A network that grows: the seed content tests again, with one more national association beside the plugins the
 * assembly ships. It is a plugin defined here only, its module registering it as every plugin's does, with its
 * association, a page and stories under {@code content/newland/} of the test resources. Every test passes as it
 * is: a new plugin, new stories and a new page change what the tests expect, and break none of them.
 */
class GrowingNetworkTest extends SeedContentTest {

    @Override
    Module[] sites() {
        return new Module[] {new NetworkSite(), SitePlugins.module(new Newland())};
    }

    @Test
    void theNewAssociationIsHostedAndAmongWhatTheTestsCheck() {
        Site declared = new Newland().site();
        Site newland = server.instance(Sites.class).find(declared.code()).orElseThrow();
        assertThat(newland).isEqualTo(declared);
        assertThat(shipped.national()).contains(newland);
        assertThat(shipped.association(newland)).as("listed in the national directory").isPresent();
        assertThat(shipped.pages(newland)).as("in its navigation").isNotEmpty();
        assertThat(shipped.news(newland)).as("in the international news").anyMatch(Story::onNetwork);
        assertThat(shipped.publicPages()).as("reached by following links").containsAll(shipped.publicPages(newland));
        assertThat(server.instance(NewsService.class).countOfSite(newland.code())).as("its stories, loaded")
                .isEqualTo(shipped.news(newland).size());
    }

    /** A national association's plugin as {@code new-plugin} starts one: a declaration of its site. */
    public static final class Newland extends PluginDeclaration {

        public Newland() {
            super("newland", "MMM Newland", List.of("en", "fr"));
        }
    }
}
