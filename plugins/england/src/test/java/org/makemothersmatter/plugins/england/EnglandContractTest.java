package org.makemothersmatter.plugins.england;

import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.testkit.PluginContract;

/** England's plugin keeps the contract every national plugin keeps. */
class EnglandContractTest extends PluginContract {

    @Override
    protected SitePlugin plugin() {
        return new EnglandPlugin();
    }
}
