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
 * ({@code messages/<name>_en.properties}) that the same files in that language word otherwise. In the page's text,
 * a string with arguments is looked for by its fixed parts of two words or more; a short label ("Save", "Trash") is
 * looked for as the whole text of a button, a link, a heading or a label, where the words could not be another
 * language's too ("Image", "Pages" are English and French alike).
 */
public final class Untranslated {

    /** The shortest fixed part looked for: two words at least. */
    private static final int SHORTEST = 12;

    private final Set<String> english;
    private final Set<String> labels;

    private Untranslated(Set<String> english, Set<String> labels) {
        this.english = english;
        this.labels = labels;
    }

    /** The English of these message files that their translation in {@code language} does not use. */
    public static Untranslated in(String language, Collection<String> messageFiles) {
        Set<String> english = new TreeSet<>();
        Set<String> labels = new TreeSet<>();
        Set<String> translations = new TreeSet<>();
        for (String name : messageFiles) {
            Properties to = load("messages/" + name + "_" + language + ".properties");
            to.stringPropertyNames().forEach(key -> translations.add(to.getProperty(key)));
        }
        String translated = String.join("\n", translations);
        for (String name : messageFiles) {
            Properties from = load("messages/" + name + "_en.properties");
            for (String key : from.stringPropertyNames()) {
                String value = from.getProperty(key);
                fixedParts(value).stream().filter(part -> !translated.contains(part)).forEach(english::add);
                if (!value.contains("{") && !translations.contains(value)) {
                    labels.add(value);
                }
            }
        }
        return new Untranslated(english, labels);
    }

    /** The English strings found in this text. */
    public List<String> foundIn(String text) {
        String normalised = text.replaceAll("\\s+", " ");
        return english.stream().filter(normalised::contains).toList();
    }

    /** The texts of buttons, links, headings or labels that are English strings as a whole. */
    public List<String> labelsAmong(List<String> texts) {
        return texts.stream().map(String::strip).filter(labels::contains).distinct().toList();
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
