package org.makemothersmatter.plugins.mali;

import com.google.inject.Module;
import org.makemothersmatter.core.plugin.SitePlugins;
import org.makemothersmatter.core.testkit.PluginContract;

/** Mali's plugin keeps the contract every national plugin keeps. */
class MaliContractTest extends PluginContract {

    @Override
    protected Module plugin() {
        return SitePlugins.module(new MaliPlugin());
    }

    @Override
    protected String siteCode() {
        return "mali";
    }
}
