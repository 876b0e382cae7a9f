package org.makemothersmatter.plugins.belgium;

import com.google.inject.Module;
import org.makemothersmatter.core.testkit.PluginContract;

/** Belgium's plugin keeps the contract every national plugin keeps. */
class BelgiumContractTest extends PluginContract {

    @Override
    protected Module plugin() {
        return new BelgiumModule();
    }

    @Override
    protected String siteCode() {
        return "belgium";
    }
}
