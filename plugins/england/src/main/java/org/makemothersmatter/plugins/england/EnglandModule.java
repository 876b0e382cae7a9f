package org.makemothersmatter.plugins.england;

import com.google.inject.AbstractModule;
import org.makemothersmatter.core.plugin.SitePlugins;

/** Adds MMM England to the sites the server hosts. */
public final class EnglandModule extends AbstractModule {

    @Override
    protected void configure() {
        SitePlugins.register(binder(), EnglandPlugin.class);
    }
}
