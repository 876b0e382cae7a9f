package org.makemothersmatter.core.testkit;

import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;

/** A plugin that is its site and nothing more, for tests of how core hosts plugins. */
public class TestPlugin implements SitePlugin {

    private final Site site;

    public TestPlugin(Site site) {
        this.site = site;
    }

    public static SitePlugin of(Site site) {
        return new TestPlugin(site);
    }

    @Override
    public String code() {
        return site.code();
    }

    @Override
    public String name() {
        return site.name();
    }

    @Override
    public List<String> languages() {
        return site.languages().stream().map(Language::code).toList();
    }

    /** The site as given, the international one included. */
    @Override
    public Site site() {
        return site;
    }
}
