package org.makemothersmatter.sites.network;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.sites.SitePlugins;

/**
 * What this assembly ships: the international site and the national associations' plugins on its classpath,
 * each declared in its {@code META-INF/services/org.makemothersmatter.core.plugin.SitePlugin}, with the Guice
 * module of a plugin that binds extras, named in {@code META-INF/services/com.google.inject.Module} and held to the
 * contract's fence. The settings file then decides which of them are hosted.
 */
public final class NetworkSite extends AbstractModule {

    @Override
    protected void configure() {
        SitePlugins.register(binder(), NetworkSitePlugin.class);
        for (Module extras : plugins()) {
            install(SitePlugins.extras(extras));
        }
        for (SitePlugin plugin : SitePlugins.declared(NetworkSite.class.getClassLoader())) {
            install(SitePlugins.module(plugin));
        }
    }

    /** The Guice modules of the plugins on the classpath, by class name. */
    static List<Module> plugins() {
        return ServiceLoader.load(Module.class, NetworkSite.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing((Module module) -> module.getClass().getName()))
                .toList();
    }
}
