package org.makemothersmatter.core.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.makemothersmatter.core.model.Language;

/**
 * The sites one server hosts and how they are reached, from one settings file (a properties file: see the
 * documented defaults in the network assembly's {@code network.properties}):
 * <pre>
 * plugins = belgium, france            # the national plugins enabled; by default every plugin shipped
 * belgium.languages = fr, en, nl       # by default the languages the plugin declares
 * belgium.default-language = fr        # by default the first of its languages
 * belgium.hosts = belgium.example.org  # host names that serve the site at /; by default none
 * belgium.canonical-url = https://belgium.example.org   # by default PUBLIC_URL/belgium
 * </pre>
 * This class checks each value on its own; whether it fits the plugins (a known code, a default among the
 * languages, a host claimed once) is checked by {@code Sites}, which knows them.
 *
 * @param source  where the settings come from, named in error messages
 * @param enabled the codes of the enabled national plugins, or null for every plugin shipped
 */
public record NetworkSettings(String source, Set<String> enabled, Map<String, SiteSettings> sites) {

    /** Every plugin shipped, each as it declares itself, reached by its path prefix only. */
    public static final NetworkSettings DEFAULTS = new NetworkSettings("the default settings", null, Map.of());

    public static final String ENABLED = "plugins";
    public static final String LANGUAGES = "languages";
    public static final String DEFAULT_LANGUAGE = "default-language";
    public static final String HOSTS = "hosts";
    public static final String CANONICAL_URL = "canonical-url";
    private static final Set<String> SITE_SETTINGS = new LinkedHashSet<>(
            List.of(LANGUAGES, DEFAULT_LANGUAGE, HOSTS, CANONICAL_URL));
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

    public NetworkSettings {
        enabled = enabled == null ? null : Set.copyOf(enabled);
        sites = Map.copyOf(sites);
    }

    /** What the settings say of a site; nothing when they do not name it. */
    public SiteSettings site(String code) {
        return sites.getOrDefault(code, SiteSettings.NONE);
    }

    /** The codes of the sites the settings speak of, for checking that each names a plugin. */
    public Set<String> namedSites() {
        return new TreeSet<>(sites.keySet());
    }

    /**
     * The file named by SETTINGS_FILE, else the defaults shipped on the class path as {@code defaults}, else
     * {@link #DEFAULTS}.
     */
    public static NetworkSettings fromEnvironment(Map<String, String> env, ClassLoader classLoader, String defaults) {
        String file = env.get("SETTINGS_FILE");
        if (file != null) {
            Path path = Path.of(file);
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                return parse(path.toString(), reader);
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("SETTINGS_FILE names " + file + ", which does not exist");
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read the settings file " + file + ": " + e.getMessage());
            }
        }
        try (InputStream in = classLoader.getResourceAsStream(defaults)) {
            return in == null ? DEFAULTS : parse(defaults, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the settings " + defaults + ": " + e.getMessage());
        }
    }

    public static NetworkSettings parse(String source, Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Set<String> enabled = null;
        Map<String, Map<String, String>> bySite = new HashMap<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            String value = properties.getProperty(key).strip();
            if (key.equals(ENABLED)) {
                enabled = new LinkedHashSet<>(list(value));
                for (String code : enabled) {
                    if (!CODE.matcher(code).matches()) {
                        throw new SettingsException(source, key, "'" + code + "' is not a site code (lower-case "
                                + "letters, digits and dashes)");
                    }
                }
                continue;
            }
            int dot = key.indexOf('.');
            String name = dot < 0 ? "" : key.substring(dot + 1);
            if (dot < 0 || !SITE_SETTINGS.contains(name)) {
                throw new SettingsException(source, key, "unknown setting; the settings are '" + ENABLED
                        + "' and, for a site <code>, <code>." + String.join(", <code>.", SITE_SETTINGS));
            }
            bySite.computeIfAbsent(key.substring(0, dot), code -> new HashMap<>()).put(name, value);
        }
        Map<String, SiteSettings> sites = new HashMap<>();
        bySite.forEach((code, values) -> sites.put(code, site(source, code, values)));
        return new NetworkSettings(source, enabled, sites);
    }

    private static SiteSettings site(String source, String code, Map<String, String> values) {
        List<Language> languages = null;
        if (values.containsKey(LANGUAGES)) {
            languages = new ArrayList<>();
            for (String language : list(values.get(LANGUAGES))) {
                languages.add(language(source, code + "." + LANGUAGES, language));
            }
            if (languages.isEmpty()) {
                throw new SettingsException(source, code + "." + LANGUAGES, "a site publishes in one language at least");
            }
            if (new LinkedHashSet<>(languages).size() < languages.size()) {
                throw new SettingsException(source, code + "." + LANGUAGES, "a language is named twice");
            }
        }
        Language defaultLanguage = values.containsKey(DEFAULT_LANGUAGE)
                ? language(source, code + "." + DEFAULT_LANGUAGE, values.get(DEFAULT_LANGUAGE)) : null;
        List<String> hosts = new ArrayList<>();
        for (String host : list(values.getOrDefault(HOSTS, ""))) {
            String name = host.toLowerCase(Locale.ROOT);
            if (!HOST.matcher(name).matches()) {
                throw new SettingsException(source, code + "." + HOSTS, "'" + host + "' is not a host name "
                        + "(such as belgium.example.org, without scheme, port or path)");
            }
            hosts.add(name);
        }
        URI canonical = values.containsKey(CANONICAL_URL) ? url(source, code + "." + CANONICAL_URL,
                values.get(CANONICAL_URL)) : null;
        return new SiteSettings(languages, defaultLanguage, hosts, canonical);
    }

    private static Language language(String source, String setting, String code) {
        return Language.find(code).orElseThrow(() -> new SettingsException(source, setting, Language.refusal(code)));
    }

    private static URI url(String source, String setting, String text) {
        try {
            URI uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            if ((uri.getScheme() != null && uri.getScheme().matches("https?")) && uri.getHost() != null
                    && uri.getRawPath().isEmpty() && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // Told below, as any other malformed address.
        }
        throw new SettingsException(source, setting, "'" + text + "' is not an address such as "
                + "https://belgium.example.org (http or https, a host, no path)");
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
