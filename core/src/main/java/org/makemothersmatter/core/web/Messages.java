package org.makemothersmatter.core.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;

/**
 * UI strings from message bundles on the classpath: core's {@code messages/core_<lang>.properties}, over
 * which a site's own {@code messages/<site>_<lang>.properties} may replace any string. A string that a
 * language's file lacks yet is shown in English; a missing file stops the server at start.
 */
public final class Messages {

    private final ClassLoader classLoader;
    private final Map<String, Texts> cache = new ConcurrentHashMap<>();

    public Messages(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public Texts of(Site site, Language language) {
        return cache.computeIfAbsent(site.code() + "/" + language.code(), key -> {
            Map<String, String> strings = new HashMap<>(load("messages/core_en.properties"));
            strings.putAll(load("messages/core_" + language.code() + ".properties"));
            strings.putAll(load("messages/" + site.code() + "_" + language.code() + ".properties"));
            return new Texts(strings, language.locale());
        });
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
        return strings;
    }
}
