package org.makemothersmatter.core.sites;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.NavigationEntry;
import org.makemothersmatter.core.plugin.OwnPage;
import org.makemothersmatter.core.plugin.SiteAdminRoutes;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.plugin.SiteRoutes;
import org.makemothersmatter.core.settings.NetworkSettings;
import org.makemothersmatter.core.settings.SettingsException;
import org.makemothersmatter.core.settings.SiteSettings;

/**
 * Every site the server hosts: the plugins shipped, as the settings enable and configure them. Checked once
 * at start, so that a bad plugin or setting stops the server with a message rather than failing a request:
 * one international site, codes unique and free, each setting fits its plugin, each host name claimed once.
 */
@Singleton
public final class Sites {

    private final List<SitePlugin> plugins;
    private final Map<String, Branding> branding;
    private final Map<String, Site> byHost = new HashMap<>();
    private final Map<String, URI> canonicalUrls = new HashMap<>();

    @Inject
    public Sites(Set<SitePlugin> shipped, NetworkSettings settings) {
        List<SitePlugin> sorted = shipped.stream()
                .sorted(Comparator.comparing((SitePlugin p) -> !p.site().network()).thenComparing(p -> p.site().code()))
                .toList();
        List<String> duplicates = sorted.stream()
                .collect(Collectors.groupingBy(p -> p.site().code(), Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException("Two plugins claim the same site code: " + duplicates);
        }
        for (SitePlugin plugin : sorted) {
            if (!plugin.site().network()) {
                SiteCodes.refusal(plugin.site().code()).ifPresent(reason -> {
                    throw new IllegalStateException("Plugin " + plugin.getClass().getName() + ": " + reason);
                });
            }
        }
        PluginTemplates.requireOwnFolders(sorted);
        long networks = sorted.stream().filter(p -> p.site().network()).count();
        if (networks != 1) {
            throw new IllegalStateException("Exactly one international (network) site must be configured, found " + networks);
        }
        Set<String> codes = sorted.stream().map(p -> p.site().code()).collect(Collectors.toCollection(TreeSet::new));
        requireKnown(settings, codes);
        ClassLoader classLoader = Sites.class.getClassLoader();
        List<SitePlugin> hosted = new ArrayList<>();
        for (SitePlugin plugin : sorted) {
            Site declared = plugin.site();
            if (declared.network() || settings.enabled() == null || settings.enabled().contains(declared.code())) {
                Site site = configure(declared, settings);
                hosted.add(new ConfiguredPlugin(site, plugin));
            }
        }
        this.plugins = List.copyOf(hosted);
        this.branding = plugins.stream().map(p -> p.site().code())
                .collect(Collectors.toUnmodifiableMap(code -> code, code -> Branding.find(code, classLoader)));
    }

    private static void requireKnown(NetworkSettings settings, Set<String> codes) {
        String shipped = "the plugins shipped are " + String.join(", ", codes);
        if (settings.enabled() != null) {
            for (String code : settings.enabled()) {
                if (!codes.contains(code)) {
                    throw new SettingsException(settings.source(), NetworkSettings.ENABLED,
                            "no plugin has the code '" + code + "'; " + shipped);
                }
            }
        }
        for (String code : settings.namedSites()) {
            if (!codes.contains(code)) {
                throw new SettingsException(settings.source(), code + ".*", "no plugin has the code '" + code
                        + "'; " + shipped);
            }
        }
    }

    /** The site as the settings have it; records its host names and canonical address. */
    private Site configure(Site declared, NetworkSettings settings) {
        String code = declared.code();
        SiteSettings set = settings.site(code);
        List<Language> languages = new ArrayList<>(set.languages() == null ? declared.languages() : set.languages());
        if (set.defaultLanguage() != null) {
            if (!languages.remove(set.defaultLanguage())) {
                throw new SettingsException(settings.source(), code + "." + NetworkSettings.DEFAULT_LANGUAGE,
                        "'" + set.defaultLanguage() + "' is not one of the site's languages (" + languages + ")");
            }
            languages.add(0, set.defaultLanguage());
        }
        Site site = new Site(code, declared.name(), languages, declared.network());
        if (site.network() && (!set.hosts().isEmpty() || set.canonicalUrl() != null)) {
            throw new SettingsException(settings.source(), code + "." + (set.hosts().isEmpty()
                    ? NetworkSettings.CANONICAL_URL : NetworkSettings.HOSTS),
                    "the international site is reached at PUBLIC_URL, and at every host name no subsite claims");
        }
        for (String host : set.hosts()) {
            Site other = byHost.putIfAbsent(host, site);
            if (other != null) {
                throw new SettingsException(settings.source(), code + "." + NetworkSettings.HOSTS,
                        "the host name " + host + " is claimed by " + other.code() + " too");
            }
        }
        if (set.canonicalUrl() != null) {
            if (!set.hosts().contains(set.canonicalUrl().getHost())) {
                throw new SettingsException(settings.source(), code + "." + NetworkSettings.CANONICAL_URL,
                        "its host " + set.canonicalUrl().getHost() + " is not one of " + code + "."
                                + NetworkSettings.HOSTS + " " + set.hosts());
            }
            canonicalUrls.put(code, set.canonicalUrl());
        }
        return site;
    }

    /** The site's stylesheet and logo, found once at start. */
    public Branding branding(String code) {
        return branding.get(code);
    }

    /** The hosted sites' plugins, the international site first, each with its site as the settings have it. */
    public List<SitePlugin> plugins() {
        return plugins;
    }

    /** The package of a hosted plugin's own classes: the one its declaration is in, and those below it. */
    public String ownPackage(SitePlugin hosted) {
        return (hosted instanceof ConfiguredPlugin configured ? configured.plugin() : hosted).getClass().getPackageName();
    }

    /** The plugin of a site the server hosts. */
    public SitePlugin plugin(Site site) {
        return plugins.stream().filter(p -> p.site().code().equals(site.code())).findFirst().orElseThrow();
    }

    /** A site's own entries in its navigation: its plugin's declared pages, then the entries it gives. */
    public List<NavigationEntry> navigation(Site site) {
        SitePlugin plugin = plugin(site);
        List<NavigationEntry> entries = new ArrayList<>(plugin.pages().stream().map(OwnPage::navigation).toList());
        entries.addAll(plugin.navigation());
        return List.copyOf(entries);
    }

    public Site network() {
        return plugins.get(0).site();
    }

    /** The national associations' sites, by code. */
    public List<Site> national() {
        return plugins.stream().map(SitePlugin::site).filter(s -> !s.network()).toList();
    }

    public Optional<Site> find(String code) {
        return plugins.stream().map(SitePlugin::site).filter(s -> s.code().equals(code)).findFirst();
    }

    /** The name of a site by its code, for lists that hold codes; the code itself for a site not hosted. */
    public String name(String code) {
        return find(code).map(Site::name).orElse(code);
    }

    /** The subsite a host name serves at {@code /}, if one claims it. */
    public Optional<Site> byHost(String host) {
        return Optional.ofNullable(byHost.get(host));
    }

    /** The address a site's canonical links are built on, if the settings give it one. */
    public Optional<URI> canonicalUrl(Site site) {
        return Optional.ofNullable(canonicalUrls.get(site.code()));
    }

    /** A plugin with its site as configured: forwards the rest of the contract to the plugin itself. */
    private record ConfiguredPlugin(Site site, SitePlugin plugin) implements SitePlugin {

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

        @Override
        public List<Class<?>> daos() {
            return plugin.daos();
        }

        @Override
        public void routes(SiteRoutes routes) {
            plugin.routes(routes);
        }

        @Override
        public void adminRoutes(SiteAdminRoutes routes) {
            plugin.adminRoutes(routes);
        }

        @Override
        public List<OwnPage> pages() {
            return plugin.pages();
        }

        @Override
        public List<NavigationEntry> navigation() {
            return plugin.navigation();
        }
    }
}
