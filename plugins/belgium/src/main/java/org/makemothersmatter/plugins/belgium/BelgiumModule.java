package org.makemothersmatter.plugins.belgium;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.plugin.SitePlugins;
import org.makemothersmatter.plugins.belgium.consultation.AnswerDao;

/** Adds MMM Belgium to the sites the server hosts, with the store of its consultation's answers. */
public final class BelgiumModule extends AbstractModule {

    @Override
    protected void configure() {
        SitePlugins.register(binder(), BelgiumPlugin.class);
    }

    @Provides
    @Singleton
    AnswerDao answers(Jdbi jdbi) {
        return jdbi.onDemand(AnswerDao.class);
    }
}
