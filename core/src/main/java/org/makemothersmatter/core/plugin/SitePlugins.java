package org.makemothersmatter.core.plugin;

import com.google.inject.Binder;
import com.google.inject.multibindings.Multibinder;

/** How a plugin's Guice module adds the plugin to the set the server hosts. */
public final class SitePlugins {

    private SitePlugins() {
    }

    public static void register(Binder binder, Class<? extends SitePlugin> plugin) {
        Multibinder.newSetBinder(binder, SitePlugin.class).addBinding().to(plugin);
    }
}
