package org.makemothersmatter.plugins.lebanon;

import com.google.inject.Module;
import org.makemothersmatter.core.testkit.PluginContract;

/** Lebanon's plugin keeps the contract every national plugin keeps. */
class LebanonContractTest extends PluginContract {

    @Override
    protected Module plugin() {
        return new LebanonModule();
    }

    @Override
    protected String siteCode() {
        return "lebanon";
    }
}
