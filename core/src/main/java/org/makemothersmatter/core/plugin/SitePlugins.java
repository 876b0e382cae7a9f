package org.makemothersmatter.core.plugin;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * How the plugins join the set the server hosts. Most are declarations, found on the classpath by their
 * {@code META-INF/services/org.makemothersmatter.core.plugin.SitePlugin} file and built with no argument; a plugin
 * that needs services of its own (a DAO, say) has a Guice module too, which registers it.
 */
public final class SitePlugins {

    private SitePlugins() {
    }

    /** From a plugin's Guice module: the plugin, built by Guice with what its constructor asks for. */
    public static void register(Binder binder, Class<? extends SitePlugin> plugin) {
        Multibinder.newSetBinder(binder, SitePlugin.class).addBinding().to(plugin);
    }

    /** A declared plugin as a Guice module to install, as the assembly and a plugin's tests do. */
    public static Module module(SitePlugin plugin) {
        return binder -> Multibinder.newSetBinder(binder, SitePlugin.class).addBinding().toInstance(plugin);
    }

    /** The plugins the classpath declares, by class name. */
    public static List<SitePlugin> declared(ClassLoader classLoader) {
        return ServiceLoader.load(SitePlugin.class, classLoader).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(plugin -> plugin.getClass().getName())).toList();
    }
}
