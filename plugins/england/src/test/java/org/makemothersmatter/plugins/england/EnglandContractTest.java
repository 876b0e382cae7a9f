package org.makemothersmatter.plugins.england;

import com.google.inject.Module;
import org.makemothersmatter.core.plugin.SitePlugins;
import org.makemothersmatter.core.testkit.PluginContract;

/** England's plugin keeps the contract every national plugin keeps. */
class EnglandContractTest extends PluginContract {

    @Override
    protected Module plugin() {
        return SitePlugins.module(new EnglandPlugin());
    }

    @Override
    protected String siteCode() {
        return "england";
    }
}
