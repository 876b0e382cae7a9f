package org.makemothersmatter.core;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.makemothersmatter.core.content.Markdown;
import org.makemothersmatter.core.events.ContentListener;
import org.makemothersmatter.core.mail.MailSettings;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.search.SearchModule;
import org.makemothersmatter.core.service.SiteContentService;
import org.makemothersmatter.core.settings.NetworkSettings;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.store.DatabaseSettings;
import org.makemothersmatter.core.store.StoreModule;
import org.makemothersmatter.core.web.Messages;
import org.makemothersmatter.core.web.WebSettings;
import org.makemothersmatter.core.web.cache.PageCache;

/** Wires core: storage, templates, messages, mail. The sites themselves come from the plugins' modules. */
public final class CoreModule extends AbstractModule {

    private final DatabaseSettings database;
    private final WebSettings web;
    private final NetworkSettings network;
    private final MailSettings mail;

    public CoreModule(DatabaseSettings database, WebSettings web, NetworkSettings network, MailSettings mail) {
        this.database = database;
        this.web = web;
        this.network = network;
        this.mail = mail;
    }

    @Override
    protected void configure() {
        install(new StoreModule(database));
        install(new SearchModule());
        bind(WebSettings.class).toInstance(web);
        bind(NetworkSettings.class).toInstance(network);
        bind(MailSettings.class).toInstance(mail);
        bind(Clock.class).toInstance(Clock.systemUTC());
        Multibinder.newSetBinder(binder(), SitePlugin.class);
        Multibinder<ContentListener> listeners = Multibinder.newSetBinder(binder(), ContentListener.class);
        listeners.addBinding().to(PageCache.class);
        listeners.addBinding().to(SiteContentService.class);
        // Built with the injector, so that a bad set of plugins stops the start with its message.
        bind(Sites.class).asEagerSingleton();
    }

    /** Templates are compiled at build time by each module, under its own folder: none is compiled at run time. */
    @Provides
    @Singleton
    TemplateEngine templates() {
        return TemplateEngine.createPrecompiled(null, ContentType.Html, getClass().getClassLoader());
    }

    @Provides
    @Singleton
    Messages messages(Sites sites) {
        return new Messages(getClass().getClassLoader(), sites.plugins().stream().map(SitePlugin::site).toList());
    }

    @Provides
    @Singleton
    Markdown markdown() {
        return new Markdown();
    }
}
