package org.makemothersmatter.core.testkit;

import com.google.inject.AbstractModule;
import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.sites.SitePlugins;

/**
 * A small international site (code "testnet", its pages in src/test/resources/content/testnet), so that a
 * plugin can be started and tested on its own: the server needs one international site.
 */
public final class TestNetworkSite extends AbstractModule {

    @Override
    protected void configure() {
        SitePlugins.register(binder(), Plugin.class);
    }

    /** The test network's site. */
    public static final class Plugin extends TestPlugin {
        public Plugin() {
            super(new Site("testnet", "Test network", List.of(Language.ENGLISH), true));
        }
    }
}
