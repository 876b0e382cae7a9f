package org.makemothersmatter.plugins.belgium;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import jakarta.inject.Singleton;
import org.makemothersmatter.core.plugin.SitePlugins;
import org.makemothersmatter.core.store.PluginDatabases;
import org.makemothersmatter.plugins.belgium.consultation.AnswerDao;

/** Adds MMM Belgium to the sites the server hosts, with the store of its consultation's answers. */
public final class BelgiumModule extends AbstractModule {

    @Override
    protected void configure() {
        SitePlugins.register(binder(), BelgiumPlugin.class);
    }

    @Provides
    @Singleton
    AnswerDao answers(PluginDatabases databases) {
        return databases.jdbi(BelgiumPlugin.CODE).onDemand(AnswerDao.class);
    }
}
