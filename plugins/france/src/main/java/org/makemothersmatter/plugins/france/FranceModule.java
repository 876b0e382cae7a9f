package org.makemothersmatter.plugins.france;

import com.google.inject.AbstractModule;
import org.makemothersmatter.core.plugin.SitePlugins;

/** Adds MMM France to the sites the server hosts. */
public final class FranceModule extends AbstractModule {

    @Override
    protected void configure() {
        SitePlugins.register(binder(), FrancePlugin.class);
    }
}
