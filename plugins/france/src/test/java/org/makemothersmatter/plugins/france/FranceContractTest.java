package org.makemothersmatter.plugins.france;

import com.google.inject.Module;
import org.makemothersmatter.core.plugin.SitePlugins;
import org.makemothersmatter.core.testkit.PluginContract;

/** France's plugin keeps the contract every national plugin keeps. */
class FranceContractTest extends PluginContract {

    @Override
    protected Module plugin() {
        return SitePlugins.module(new FrancePlugin());
    }

    @Override
    protected String siteCode() {
        return "france";
    }
}
