package org.makemothersmatter.sites.network.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.makemothersmatter.core.model.Language;

/**
 * Writes a new plugin into the repository: its module under {@code plugins/<code>/}, from the templates beside
 * this class, and its lines in the parent pom and the assembly's pom. Everything is checked and prepared before
 * the first file is written, so a refusal leaves the repository as it was.
 */
public final class PluginScaffold {

    static final String ROOT_POM = "pom.xml";
    static final String ASSEMBLY_POM = "sites/network/pom.xml";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z.]+)}}");

    private final Path root;

    /** A scaffold for the repository whose root folder (the one with the parent pom.xml) is given. */
    public PluginScaffold(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** What was written, relative to the root: the new files and the edited poms. */
    public record Written(List<String> created, List<String> edited) {
    }

    /** Writes the plugin, or refuses with a {@link ScaffoldException} and writes nothing. */
    public Written create(NewPlugin plugin) {
        String rootPom = readPom(ROOT_POM);
        String assemblyPom = readPom(ASSEMBLY_POM);
        Poms.Coordinates parent = Poms.parent(assemblyPom, ASSEMBLY_POM);
        if (!parent.equals(Poms.coordinates(rootPom, ROOT_POM))) {
            throw new ScaffoldException(ASSEMBLY_POM + "'s parent is not " + root.resolve(ROOT_POM)
                    + ": run new-plugin from the repository root.");
        }
        if (Files.exists(root.resolve(plugin.folder()))) {
            throw new ScaffoldException(plugin.folder() + " exists already: choose another code, or remove it first.");
        }
        Map<String, String> edited = new LinkedHashMap<>();
        edited.put(ROOT_POM, Poms.withLine(Poms.withLine(rootPom, ROOT_POM, Poms.PLUGIN_MODULE, plugin.code()),
                ROOT_POM, Poms.PLUGIN_DEPENDENCY, plugin.code()));
        edited.put(ASSEMBLY_POM, Poms.withLine(assemblyPom, ASSEMBLY_POM, Poms.PLUGIN_DEPENDENCY, plugin.code()));
        Map<String, String> created = files(plugin, parent);
        write(plugin, created, edited, Map.of(ROOT_POM, rootPom, ASSEMBLY_POM, assemblyPom));
        return new Written(List.copyOf(created.keySet()), List.copyOf(edited.keySet()));
    }

    private String readPom(String file) {
        Path pom = root.resolve(file);
        if (!Files.isRegularFile(pom)) {
            throw new ScaffoldException("Run new-plugin from the repository root, the folder that holds the project's "
                    + "pom.xml and sites/network/ (or give --root <folder>): " + pom + " is missing.");
        }
        try {
            return Files.readString(pom, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pom, e);
        }
    }

    /** The plugin's files (path relative to the root → content). */
    private static Map<String, String> files(NewPlugin plugin, Poms.Coordinates parent) {
        Map<String, String> values = Map.of(
                "code", plugin.code(),
                "Code", plugin.classPrefix(),
                "package", plugin.packageName(),
                "artifactId", plugin.artifactId(),
                "parent.groupId", parent.groupId(),
                "parent.artifactId", parent.artifactId(),
                "parent.version", parent.version(),
                "name.xml", xml(plugin.name()),
                "name.java", quoted(plugin.name()),
                "name.yaml", quoted(plugin.name()));
        String java = plugin.folder() + "/src/main/java/" + plugin.packageName().replace('.', '/') + "/";
        String resources = plugin.folder() + "/src/main/resources/";
        Map<String, String> files = new LinkedHashMap<>();
        files.put(plugin.folder() + "/pom.xml", fill("pom.xml", values));
        files.put(java + plugin.classPrefix() + "Plugin.java", fill("Plugin.java",
                with(values, "languages.java", plugin.languages().stream().map(PluginScaffold::constant)
                        .collect(Collectors.joining(", ")))));
        files.put(resources + "META-INF/services/org.makemothersmatter.core.plugin.SitePlugin", fill("services", values));
        // The folder of its templates, which the build's template compiler needs to find.
        files.put(plugin.folder() + "/src/main/jte/" + plugin.code() + "/README.md", fill("templates-readme.md", values));
        for (Language language : plugin.languages()) {
            files.put(resources + "content/" + plugin.code() + "/association/" + language.code() + ".md",
                    fill("association.md", with(values, "language",
                            language.nameIn(Language.ENGLISH) + " (" + language.code() + ")")));
        }
        for (Language language : plugin.languages()) {
            if (!coreTranslates(language)) {
                files.put(resources + "messages/" + plugin.code() + "_" + language.code() + ".properties",
                        stringsToTranslate(plugin, language));
            }
        }
        files.put(plugin.folder() + "/src/test/java/" + plugin.packageName().replace('.', '/') + "/"
                + plugin.classPrefix() + "ContractTest.java", fill("ContractTest.java", values));
        return files;
    }

    private static boolean coreTranslates(Language language) {
        return PluginScaffold.class.getClassLoader().getResource(coreStrings(language)) != null;
    }

    private static String coreStrings(Language language) {
        return "messages/core_" + language.code() + ".properties";
    }

    /**
     * For a language core has no strings in: core's English strings, each commented out, for the team to translate
     * one by one; until then the site shows them in English, and its start says which.
     */
    private static String stringsToTranslate(NewPlugin plugin, Language language) {
        StringBuilder file = new StringBuilder("# ").append(plugin.name()).append("'s UI strings in ")
                .append(language.nameIn(Language.ENGLISH)).append(" (").append(language.code())
                .append("), which core does not translate: translate each line and remove its #.\n")
                .append("# Strings with arguments ({0}) are MessageFormat patterns.\n");
        try (InputStream in = PluginScaffold.class.getClassLoader().getResourceAsStream(coreStrings(Language.ENGLISH))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    file.append("# ").append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read core's English strings", e);
        }
        return file.toString();
    }

    private static Map<String, String> with(Map<String, String> values, String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(values);
        more.put(key, value);
        return more;
    }

    /** The template {@code <name>.tmpl} beside this class, each {{placeholder}} replaced by its value. */
    private static String fill(String name, Map<String, String> values) {
        String template;
        try (InputStream in = PluginScaffold.class.getResourceAsStream(name + ".tmpl")) {
            if (in == null) {
                throw new IllegalStateException("The template " + name + ".tmpl is missing from the jar");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template " + name, e);
        }
        return PLACEHOLDER.matcher(template).replaceAll(placeholder -> {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("The template " + name + " has an unknown " + placeholder.group());
            }
            return Matcher.quoteReplacement(value);
        });
    }

    /** How the plugin's Java names a language: its tag, as a string. */
    private static String constant(Language language) {
        return "\"" + language.code() + "\"";
    }

    /** Text inside a Java string literal, or a YAML double-quoted scalar: the same two escapes. */
    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Writes the files, then the poms; if writing fails half-way, removes what was written and restores the poms. */
    private void write(NewPlugin plugin, Map<String, String> created, Map<String, String> edited,
            Map<String, String> original) {
        try {
            for (var file : created.entrySet()) {
                Path path = root.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            }
            for (var file : edited.entrySet()) {
                Files.writeString(root.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            undo(root.resolve(plugin.folder()), original, e);
            throw new UncheckedIOException("could not write the plugin (" + e.getMessage() + "), what was written is "
                    + "removed again", e);
        }
    }

    private void undo(Path folder, Map<String, String> original, IOException failure) {
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> paths = Files.walk(folder)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            for (var file : original.entrySet()) {
                Files.writeString(root.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
