package org.makemothersmatter.core.example.spain;

import com.google.inject.Module;
import org.makemothersmatter.core.testkit.PluginContract;

/** The worked example keeps the contract every national plugin keeps, in Spanish and in Catalan. */
class SpainContractTest extends PluginContract {

    @Override
    protected Module plugin() {
        return new SpainModule();
    }

    @Override
    protected String siteCode() {
        return SpainPlugin.CODE;
    }
}
