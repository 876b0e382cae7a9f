package org.makemothersmatter.plugins.belgium;

import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.testkit.PluginContract;

/** Belgium's plugin keeps the contract every national plugin keeps. */
class BelgiumContractTest extends PluginContract {

    @Override
    protected SitePlugin plugin() {
        return new BelgiumPlugin();
    }
}
