package org.makemothersmatter.core.settings;

import java.net.URI;
import java.util.List;
import org.makemothersmatter.core.model.Language;

/**
 * What the settings file says of one site; what it does not say is null (or empty for hosts), and the
 * plugin's own declaration then holds.
 *
 * @param languages       the languages it publishes in, in the order of its language switcher
 * @param defaultLanguage the language of its bare address and of its x-default alternate
 * @param hosts           host names that serve the site at {@code /}, besides its path prefix
 * @param canonicalUrl    the address its canonical and alternate links are built on, e.g.
 *                        {@code https://belgium.example.org}; by default the network's public address and the
 *                        site's path prefix
 */
public record SiteSettings(List<Language> languages, Language defaultLanguage, List<String> hosts, URI canonicalUrl) {

    static final SiteSettings NONE = new SiteSettings(null, null, List.of(), null);

    public SiteSettings {
        languages = languages == null ? null : List.copyOf(languages);
        hosts = List.copyOf(hosts);
    }
}
