package org.makemothersmatter.plugins.lebanon;

import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.testkit.PluginContract;

/** Lebanon's plugin keeps the contract every national plugin keeps. */
class LebanonContractTest extends PluginContract {

    @Override
    protected SitePlugin plugin() {
        return new LebanonPlugin();
    }
}
