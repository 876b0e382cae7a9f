package org.makemothersmatter.core.plugin;

import com.google.inject.Module;

/** The test network of core's tests, for tests outside this package. */
public final class TestSites {

    private TestSites() {
    }

    public static Module module() {
        return new TestPlugins();
    }
}
