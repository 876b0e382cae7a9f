package org.makemothersmatter.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A site of the network: the international site or a national association's subsite.
 * Its code names its content, templates and URL prefix; its languages are the ones it publishes in,
 * the first being its default.
 */
public record Site(String code, String name, List<Language> languages, boolean network) {

    public Site {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("Site code must be lower-case letters, digits or dashes: " + code);
        }
        if (languages == null || languages.isEmpty()) {
            throw new IllegalArgumentException("Site " + code + " must publish in at least one language");
        }
        languages = List.copyOf(languages);
    }

    public Language defaultLanguage() {
        return languages.get(0);
    }

    public boolean publishesIn(Language language) {
        return languages.contains(language);
    }

    /** The path prefix under which the site lives: none for the international site, "/code" for a subsite. */
    public String pathPrefix() {
        return network ? "" : "/" + code;
    }

    /** The URL of a page of this site, e.g. {@code url(FRENCH, "/news")} gives {@code /belgium/fr/news}. */
    public String url(Language language, String path) {
        return pathPrefix() + path(language, path);
    }

    /** The address of a page within the site, e.g. {@code /fr/news}: its URL where a host name serves the site. */
    public String path(Language language, String path) {
        return "/" + language.code() + (path.isEmpty() ? "/" : path);
    }

    /** The language to show this site in to a visitor who reads the given one: that one if it publishes in it. */
    public Language shownIn(Language wanted) {
        return publishesIn(wanted) ? wanted : defaultLanguage();
    }
}
