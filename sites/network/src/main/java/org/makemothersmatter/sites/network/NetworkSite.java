package org.makemothersmatter.sites.network;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import java.util.List;
import org.makemothersmatter.core.plugin.SitePlugins;
import org.makemothersmatter.plugins.belgium.BelgiumModule;
import org.makemothersmatter.plugins.england.EnglandModule;
import org.makemothersmatter.plugins.france.FranceModule;
import org.makemothersmatter.plugins.lebanon.LebanonModule;
import org.makemothersmatter.plugins.mali.MaliModule;

/** What this assembly ships: the international site and the national associations' plugins. */
public final class NetworkSite extends AbstractModule {

    @Override
    protected void configure() {
        SitePlugins.register(binder(), NetworkSitePlugin.class);
        for (Module plugin : plugins()) {
            install(plugin);
        }
    }

    static List<Module> plugins() {
        return List.of(new BelgiumModule(), new EnglandModule(), new FranceModule(), new LebanonModule(),
                new MaliModule());
    }
}
