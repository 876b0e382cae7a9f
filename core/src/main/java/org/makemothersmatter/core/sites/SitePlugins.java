package org.makemothersmatter.core.sites;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.Provider;
import com.google.inject.Scopes;
import com.google.inject.multibindings.Multibinder;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.store.PluginDatabases;

/**
 * How the plugins join the set the server hosts: each is a declaration, found on the classpath by its
 * {@code META-INF/services/org.makemothersmatter.core.plugin.SitePlugin} file and built with no argument, whose DAOs
 * core binds on the plugin's own database account. A plugin that binds extras has a Guice module too, found by
 * {@code META-INF/services/com.google.inject.Module} and checked by {@link PluginFence} before it is installed.
 */
public final class SitePlugins {

    private SitePlugins() {
    }

    /** The international site's declaration, which the assembly builds with what its constructor asks for. */
    public static void register(Binder binder, Class<? extends SitePlugin> plugin) {
        Multibinder.newSetBinder(binder, SitePlugin.class).addBinding().to(plugin);
    }

    /** A declared plugin as a Guice module to install, with its DAOs, as the assembly and a plugin's tests do. */
    public static Module module(SitePlugin plugin) {
        return binder -> {
            Multibinder.newSetBinder(binder, SitePlugin.class).addBinding().toInstance(plugin);
            Provider<PluginDatabases> databases = binder.getProvider(PluginDatabases.class);
            plugin.daos().forEach(dao -> bindDao(binder, databases, plugin.code(), dao));
        };
    }

    /** A plugin's own Guice module, once checked against the fence. */
    public static Module extras(Module module) {
        PluginFence.check(module);
        return module;
    }

    private static <T> void bindDao(Binder binder, Provider<PluginDatabases> databases, String code, Class<T> dao) {
        binder.bind(dao).toProvider(() -> databases.get().jdbi(code).onDemand(dao)).in(Scopes.SINGLETON);
    }

    /** The plugins the classpath declares, by class name. */
    public static List<SitePlugin> declared(ClassLoader classLoader) {
        return ServiceLoader.load(SitePlugin.class, classLoader).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(plugin -> plugin.getClass().getName())).toList();
    }
}
