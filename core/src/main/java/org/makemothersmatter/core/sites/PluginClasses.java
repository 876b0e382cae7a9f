package org.makemothersmatter.core.sites;

import com.google.inject.Injector;
import jakarta.inject.Inject;
import org.makemothersmatter.core.plugin.SitePlugin;

/**
 * Builds the classes a plugin names (its handlers, its records' pages) with what their constructors ask for, once
 * {@link PluginFence} has allowed it: a plugin needs no injection of its own.
 */
public final class PluginClasses {

    /** Builds them once the whole wiring is made. */
    private final Injector injector;
    private final Sites sites;

    @Inject
    PluginClasses(Injector injector, Sites sites) {
        this.injector = injector;
        this.sites = sites;
    }

    public <T> T build(SitePlugin plugin, Class<T> type) {
        PluginFence.check(plugin.code(), sites.ownPackage(plugin), type);
        return injector.getInstance(type);
    }
}
