package org.makemothersmatter.core.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * UI strings from message bundles on the classpath: core's {@code messages/core_<lang>.properties}, over which a
 * site's own {@code messages/<site>_<lang>.properties} may replace any string or add its own. A string a language
 * lacks is shown as the site's English has it, else as its default language has it; a site may publish in a
 * language core has no strings for, then shown in English until someone translates them. Such gaps are logged
 * once, at start, for every site and language the server hosts, never found by a visitor. The back office has
 * strings of its own, {@code messages/admin_<lang>.properties}, over core's in the same language (the names of
 * sections, the error pages), English filling what a language lacks.
 */
public final class Messages {

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    /** The key of a site's name: core's names the international site, a national site's plugin may translate its own. */
    static final String SITE_NAME = "site.name";

    private final ClassLoader classLoader;
    /** Whether files are read at each use, as they are being edited (development mode), or once. */
    private final boolean reading;
    private final Map<String, Map<String, String>> files = new ConcurrentHashMap<>();
    private final Map<String, Texts> texts = new ConcurrentHashMap<>();

    /** The strings of the classpath; those of the sites hosted are checked at once. */
    public Messages(ClassLoader classLoader, Collection<Site> hosted) {
        this(classLoader, hosted, false);
    }

    private Messages(ClassLoader classLoader, Collection<Site> hosted, boolean reading) {
        this.classLoader = classLoader;
        this.reading = reading;
        for (Site site : hosted) {
            site.languages().forEach(language -> reportGaps(site, language));
        }
    }

    /** Strings read again at each page, as a team edits them (development mode). */
    public static Messages reading(ClassLoader classLoader, Collection<Site> hosted) {
        return new Messages(classLoader, hosted, true);
    }

    public Texts of(Site site, Language language) {
        if (reading) {
            return new Texts(strings(site, language), language.locale());
        }
        return texts.computeIfAbsent(site.code() + "/" + language.code(),
                key -> new Texts(strings(site, language), language.locale()));
    }

    /**
     * The back office's strings in a language: its own, then core's in that language, then the same in English.
     * {@code language} is one the back office {@link #backOfficeSpeaks speaks}, or English.
     */
    public Texts backOffice(Language language) {
        if (reading) {
            return new Texts(backOfficeStrings(language), language.locale());
        }
        // Site codes have no "/" at their start: the key is no site's.
        return texts.computeIfAbsent("/admin/" + language.code(),
                key -> new Texts(backOfficeStrings(language), language.locale()));
    }

    /** Whether the back office has strings of its own in this language, which it may then be shown in. */
    public boolean backOfficeSpeaks(Language language) {
        return !admin(language).isEmpty();
    }

    private Map<String, String> backOfficeStrings(Language language) {
        return merged(List.of(admin(language), core(language), admin(Language.ENGLISH), core(Language.ENGLISH)));
    }

    private Map<String, String> admin(Language language) {
        return file("messages/admin_" + language.code() + ".properties");
    }

    /** The strings of a site in a language, each from the first of its files that has it. */
    private Map<String, String> strings(Site site, Language language) {
        return merged(layers(site, language));
    }

    /** Each string from the first of the files that has it. */
    private static Map<String, String> merged(List<Map<String, String>> layers) {
        Map<String, String> strings = new HashMap<>();
        for (Map<String, String> layer : layers) {
            layer.forEach(strings::putIfAbsent);
        }
        return strings;
    }

    /** Where a site's strings in a language come from, the first that has a string winning. */
    private List<Map<String, String>> layers(Site site, Language language) {
        Language fallback = site.defaultLanguage();
        return List.of(own(site, language), declaredName(site), core(language),
                own(site, Language.ENGLISH), core(Language.ENGLISH), own(site, fallback), core(fallback));
    }

    private Map<String, String> own(Site site, Language language) {
        return file("messages/" + site.code() + "_" + language.code() + ".properties");
    }

    private Map<String, String> core(Language language) {
        return file("messages/core_" + language.code() + ".properties");
    }

    /** A national site's name as its plugin declares it, unless its strings translate it. */
    private static Map<String, String> declaredName(Site site) {
        return site.network() ? Map.of() : Map.of(SITE_NAME, site.name());
    }

    /** Logs, once, the strings a site shows in another language than the page's. */
    private void reportGaps(Site site, Language language) {
        Set<String> wanted = new TreeSet<>();
        for (Language any : site.languages()) {
            wanted.addAll(own(site, any).keySet());
            wanted.addAll(core(any).keySet());
        }
        wanted.addAll(core(Language.ENGLISH).keySet());
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(own(site, language).keySet());
        missing.removeAll(declaredName(site).keySet());
        missing.removeAll(core(language).keySet());
        if (!missing.isEmpty()) {
            LOG.warn("Site {} in {}: {} UI strings are not translated and show in English (or in {}): {}. Translate "
                            + "them in messages/{}_{}.properties.", site.code(), language, missing.size(),
                    site.defaultLanguage(), abbreviated(missing), site.code(), language);
        }
    }

    private static String abbreviated(Set<String> keys) {
        List<String> some = keys.stream().limit(8).toList();
        return String.join(", ", some) + (keys.size() > some.size() ? "..." : "");
    }

    private Map<String, String> file(String resource) {
        return reading ? load(resource) : files.computeIfAbsent(resource, this::load);
    }

    private Map<String, String> load(String resource) {
        Map<String, String> strings = new HashMap<>();
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                properties.forEach((k, v) -> strings.put(k.toString(), v.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return Map.copyOf(strings);
    }
}
