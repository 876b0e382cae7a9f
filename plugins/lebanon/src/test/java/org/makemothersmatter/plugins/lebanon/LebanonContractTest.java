package org.makemothersmatter.plugins.lebanon;

import com.google.inject.Module;
import org.makemothersmatter.core.plugin.SitePlugins;
import org.makemothersmatter.core.testkit.PluginContract;

/** Lebanon's plugin keeps the contract every national plugin keeps. */
class LebanonContractTest extends PluginContract {

    @Override
    protected Module plugin() {
        return SitePlugins.module(new LebanonPlugin());
    }

    @Override
    protected String siteCode() {
        return "lebanon";
    }
}
