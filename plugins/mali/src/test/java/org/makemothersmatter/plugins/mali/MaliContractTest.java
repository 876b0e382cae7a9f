package org.makemothersmatter.plugins.mali;

import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.testkit.PluginContract;

/** Mali's plugin keeps the contract every national plugin keeps. */
class MaliContractTest extends PluginContract {

    @Override
    protected SitePlugin plugin() {
        return new MaliPlugin();
    }
}
