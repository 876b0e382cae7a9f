package org.makemothersmatter.core.example.spain;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import jakarta.inject.Singleton;
import org.makemothersmatter.core.plugin.SitePlugins;
import org.makemothersmatter.core.store.PluginDatabases;

/** MMM Spain with what its events page reads: its DAO, on the plugin's own database. */
public final class SpainModule extends AbstractModule {

    @Override
    protected void configure() {
        SitePlugins.register(binder(), SpainPlugin.class);
    }

    @Provides
    @Singleton
    EventDao events(PluginDatabases databases) {
        return databases.jdbi(SpainPlugin.CODE).onDemand(EventDao.class);
    }
}
