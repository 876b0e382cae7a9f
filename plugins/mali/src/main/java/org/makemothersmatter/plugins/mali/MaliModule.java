package org.makemothersmatter.plugins.mali;

import com.google.inject.AbstractModule;
import org.makemothersmatter.core.plugin.SitePlugins;

/** Adds MMM Mali to the sites the server hosts. */
public final class MaliModule extends AbstractModule {

    @Override
    protected void configure() {
        SitePlugins.register(binder(), MaliPlugin.class);
    }
}
