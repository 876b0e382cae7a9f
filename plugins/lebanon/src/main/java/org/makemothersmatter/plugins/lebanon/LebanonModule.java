package org.makemothersmatter.plugins.lebanon;

import com.google.inject.AbstractModule;
import org.makemothersmatter.core.plugin.SitePlugins;

/** Adds MMM Lebanon to the sites the server hosts. */
public final class LebanonModule extends AbstractModule {

    @Override
    protected void configure() {
        SitePlugins.register(binder(), LebanonPlugin.class);
    }
}
