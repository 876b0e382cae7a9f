package org.makemothersmatter.core.sites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.makemothersmatter.core.plugin.SitePlugin;

/**
 * Checks that a plugin's templates are all in its own folder ({@code src/main/jte/<code>/}). A template it ships
 * in another folder, core's above all ({@code jte/core/header.jte}), would replace that template for every site
 * wherever the plugin's classes come before core's, and nowhere else: in one place and not in another. A template
 * that replaces one of core's for its own site has core's name in the plugin's folder.
 */
final class PluginTemplates {

    /** Where jte puts the classes of precompiled templates, one package per template folder. */
    private static final String PRECOMPILED = "gg/jte/generated/precompiled/";
    private static final String CORE = "core";

    private PluginTemplates() {
    }

    /**
     * Checks every plugin's module (a jar or a classes folder): it must not hold templates in core's folder, nor in
     * the folder of a plugin from another module. Modules assembled into one jar with core were checked by their
     * own build.
     */
    static void requireOwnFolders(Collection<SitePlugin> plugins) {
        Path core = location(PluginTemplates.class);
        Map<String, Path> moduleOf = new HashMap<>();
        plugins.forEach(p -> moduleOf.put(folder(p.site().code()), location(p.getClass())));
        for (SitePlugin plugin : plugins) {
            Path module = location(plugin.getClass());
            if (module == null || module.equals(core)) {
                continue;
            }
            for (String folder : folders(module)) {
                String name = folder(folder);
                boolean others = moduleOf.containsKey(name) && !module.equals(moduleOf.get(name));
                if (name.equals(CORE) || others) {
                    String code = plugin.site().code();
                    throw new IllegalStateException("Plugin " + code + " ships templates in the folder jte/" + folder
                            + "/, which is " + (others ? "plugin " + folder + "'s" : "core's") + ": a plugin's "
                            + "templates go in src/main/jte/" + code + "/ (one named like a core template there "
                            + "replaces it for this site only)");
                }
            }
        }
    }

    /** A folder's name as jte makes a package of it. */
    private static String folder(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    private static Path location(Class<?> type) {
        try {
            URL url = type.getProtectionDomain().getCodeSource() == null ? null
                    : type.getProtectionDomain().getCodeSource().getLocation();
            return url == null || !"file".equals(url.getProtocol()) ? null : Path.of(url.toURI());
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }

    /** The template folders of a jar or a classes folder. */
    private static List<String> folders(Path location) {
        try {
            if (Files.isDirectory(location)) {
                Path precompiled = location.resolve(PRECOMPILED);
                if (!Files.isDirectory(precompiled)) {
                    return List.of();
                }
                try (Stream<Path> entries = Files.list(precompiled)) {
                    return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
                }
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                return jar.stream().map(entry -> entry.getName())
                        .filter(name -> name.startsWith(PRECOMPILED) && name.length() > PRECOMPILED.length())
                        .map(name -> name.substring(PRECOMPILED.length()).split("/", 2)[0])
                        .filter(name -> !name.endsWith(".class")).distinct().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the templates of " + location, e);
        }
    }
}
