package org.makemothersmatter.core.example.spain;

import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.testkit.PluginContract;

/** The worked example keeps the contract every national plugin keeps, in Spanish and in Catalan. */
class SpainContractTest extends PluginContract {

    @Override
    protected SitePlugin plugin() {
        return new SpainPlugin();
    }
}
