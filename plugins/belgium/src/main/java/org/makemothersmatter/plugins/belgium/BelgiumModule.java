package org.makemothersmatter.plugins.belgium;

import com.google.inject.AbstractModule;
import org.makemothersmatter.core.plugin.SitePlugins;

/** Adds MMM Belgium to the sites the server hosts. */
public final class BelgiumModule extends AbstractModule {

    @Override
    protected void configure() {
        SitePlugins.register(binder(), BelgiumPlugin.class);
    }
}
