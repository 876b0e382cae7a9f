package org.makemothersmatter.core.web.development;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import jakarta.inject.Singleton;
import org.makemothersmatter.core.content.ContentLoader;
import org.makemothersmatter.core.content.ContentSource;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.web.Messages;
import org.makemothersmatter.core.web.WebSettings;
import org.makemothersmatter.core.web.assets.Assets;

/**
 * Development mode, over core's wiring: templates compiled from the source folders as they are edited, UI strings
 * and shipped files (stylesheets, logos) read again as they are edited, content files loaded again into the database
 * as they are edited ({@link SourceContent}, started with the server), and no page kept rendered, so that an edit
 * shows at the next refresh of the browser without a build or a restart. Java code still needs both.
 */
public final class DevelopmentModule extends AbstractModule {

    private final SourceFolders sources;
    private final WebSettings web;
    /** Where UI strings and shipped files are read: the sources first, then the build. */
    private final ClassLoader resources;

    public DevelopmentModule(SourceFolders sources, WebSettings web) {
        this.sources = sources;
        this.web = web;
        this.resources = new SourceResources(sources, getClass().getClassLoader());
    }

    @Override
    protected void configure() {
        bind(SourceFolders.class).toInstance(sources);
        bind(WebSettings.class).toInstance(new WebSettings(web.port(), web.publicUrl(), web.secureCookies(), 0,
                web.host(), web.trustedProxies()));
    }

    /** jte checks, at each render, whether a template or one it uses has changed, and compiles it again if so. */
    @Provides
    @Singleton
    TemplateEngine templates() {
        return TemplateEngine.create(new SourceTemplates(sources), sources.compiledTemplates(), ContentType.Html,
                getClass().getClassLoader());
    }

    @Provides
    @Singleton
    Messages messages(Sites sites) {
        return Messages.reading(resources, sites.plugins().stream().map(SitePlugin::site).toList());
    }

    @Provides
    @Singleton
    Assets assets(Sites sites) {
        return Assets.reading(sites, resources);
    }

    @Provides
    @Singleton
    SourceContent content(ContentLoader loader) {
        return new SourceContent(sources, new ContentSource(resources), loader);
    }
}
