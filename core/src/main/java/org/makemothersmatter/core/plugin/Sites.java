package org.makemothersmatter.core.plugin;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.makemothersmatter.core.model.Site;

/** Every site the server hosts, checked once at start: one international site, codes unique. */
@Singleton
public final class Sites {

    private final List<SitePlugin> plugins;
    private final Map<String, Branding> branding;

    /** First path segments that core uses: no site may take them as its code. */
    private static final Set<String> RESERVED = Set.of("admin", "assets", "media", "en", "fr", "nl", "ar");

    @Inject
    public Sites(Set<SitePlugin> plugins) {
        this.plugins = plugins.stream()
                .sorted(Comparator.comparing((SitePlugin p) -> !p.site().network()).thenComparing(p -> p.site().code()))
                .toList();
        List<String> duplicates = this.plugins.stream()
                .collect(Collectors.groupingBy(p -> p.site().code(), Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(java.util.Map.Entry::getKey).toList();
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException("Two plugins claim the same site code: " + duplicates);
        }
        this.plugins.stream().map(p -> p.site().code()).filter(RESERVED::contains).findFirst().ifPresent(code -> {
            throw new IllegalStateException("A plugin takes the site code '" + code + "', which core's addresses use: "
                    + "choose another code");
        });
        long networks = this.plugins.stream().filter(p -> p.site().network()).count();
        if (networks != 1) {
            throw new IllegalStateException("Exactly one international (network) site must be configured, found " + networks);
        }
        ClassLoader classLoader = Sites.class.getClassLoader();
        this.branding = this.plugins.stream().map(p -> p.site().code())
                .collect(Collectors.toUnmodifiableMap(code -> code, code -> Branding.find(code, classLoader)));
    }

    /** The site's stylesheet and logo, found once at start. */
    public Branding branding(String code) {
        return branding.get(code);
    }

    public List<SitePlugin> plugins() {
        return plugins;
    }

    public Site network() {
        return plugins.get(0).site();
    }

    /** The national associations' sites, by code. */
    public List<Site> national() {
        return plugins.stream().map(SitePlugin::site).filter(s -> !s.network()).toList();
    }

    /** The plugin of a site the server hosts. */
    public SitePlugin plugin(Site site) {
        return plugins.stream().filter(p -> p.site().code().equals(site.code())).findFirst().orElseThrow();
    }

    public Optional<Site> find(String code) {
        return plugins.stream().map(SitePlugin::site).filter(s -> s.code().equals(code)).findFirst();
    }
}
