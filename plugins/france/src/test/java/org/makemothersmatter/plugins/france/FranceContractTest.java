package org.makemothersmatter.plugins.france;

import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.testkit.PluginContract;

/** France's plugin keeps the contract every national plugin keeps. */
class FranceContractTest extends PluginContract {

    @Override
    protected SitePlugin plugin() {
        return new FrancePlugin();
    }
}
