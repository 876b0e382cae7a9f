package org.makemothersmatter.core.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds English left on a page meant to be in another language: the English strings of the given message files
 * ({@code messages/<name>_en.properties}) that the same files in that language word otherwise. A string with
 * arguments is looked for by its fixed parts; parts too short to tell a language by (a word, a label such as
 * "Image" that both languages share) are not looked for.
 */
public final class Untranslated {

    /** The shortest fixed part looked for: two words at least. */
    private static final int SHORTEST = 12;

    private final Set<String> english;

    private Untranslated(Set<String> english) {
        this.english = english;
    }

    /** The English of these message files that their translation in {@code language} does not use. */
    public static Untranslated in(String language, Collection<String> messageFiles) {
        Set<String> english = new TreeSet<>();
        for (String name : messageFiles) {
            Properties from = load("messages/" + name + "_en.properties");
            Properties to = load("messages/" + name + "_" + language + ".properties");
            String translated = String.join("\n", to.stringPropertyNames().stream().map(to::getProperty).toList());
            for (String key : from.stringPropertyNames()) {
                fixedParts(from.getProperty(key)).stream().filter(part -> !translated.contains(part))
                        .forEach(english::add);
            }
        }
        return new Untranslated(english);
    }

    /** The English strings found in this text. */
    public List<String> foundIn(String text) {
        String normalised = text.replaceAll("\\s+", " ");
        return english.stream().filter(normalised::contains).toList();
    }

    /** The parts of a pattern outside its arguments, long enough to be told from another language's. */
    private static List<String> fixedParts(String pattern) {
        return Arrays.stream(pattern.replace("''", "'").split("[{}#]")).map(String::strip)
                .filter(part -> part.length() >= SHORTEST && part.contains(" ")).collect(Collectors.toList());
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Untranslated.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + " is not on the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
