package org.makemothersmatter.sites.network.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.plugin.Sites;

/**
 * The plugin a national team asks for: its site code, its association's name and its languages (the first
 * being the default), checked so that what is generated builds and starts; and the names derived from them.
 */
public record NewPlugin(String code, String name, List<Language> languages) {

    /** Codes a plugin may not take: the first path segments core uses, and the international site's code. */
    static final Set<String> RESERVED = Stream.concat(Sites.RESERVED.stream(), Stream.of("network"))
            .collect(Collectors.toUnmodifiableSet());

    /** Lower-case letters and digits in words joined by single dashes, starting with a letter: south-africa. */
    private static final String CODE = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

    /** Checks what the team typed; {@code languages} is a comma-separated list of codes such as {@code en,fr}. */
    public static NewPlugin of(String code, String name, String languages) {
        if (!code.matches(CODE)) {
            throw new ScaffoldException("The code '" + code + "' is not usable: a code is lower-case letters and "
                    + "digits, words joined by single dashes, starting with a letter (portugal, south-africa).");
        }
        if (RESERVED.contains(code)) {
            throw new ScaffoldException("The code '" + code + "' is reserved by core: choose another one (not "
                    + String.join(", ", RESERVED.stream().sorted().toList()) + ").");
        }
        if (!SourceVersion.isName("org.makemothersmatter.plugins." + code.replace("-", ""))) {
            throw new ScaffoldException("The code '" + code + "' is a word Java keeps for itself, so it cannot name "
                    + "the plugin's package: choose another one.");
        }
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new ScaffoldException("The association's name must be one line of text, such as \"MMM Portugal\".");
        }
        return new NewPlugin(code, trimmed, languages(languages));
    }

    private static List<Language> languages(String codes) {
        if (codes.isBlank()) {
            throw new ScaffoldException("Give the site's languages, the default first, such as en,fr.");
        }
        List<Language> languages = new ArrayList<>();
        for (String code : codes.split(",", -1)) {
            Language language = Language.find(code.strip()).orElseThrow(() -> new ScaffoldException("Unknown language '"
                    + code.strip() + "': core knows " + Language.codes() + " (give them as en,fr)."));
            if (languages.contains(language)) {
                throw new ScaffoldException("The language " + language + " is given twice.");
            }
            if (NewPlugin.class.getClassLoader().getResource(translationFile(language)) == null) {
                throw new ScaffoldException("Core has no translation file " + translationFile(language)
                        + " yet, so a site in " + language + " would not start: translate core first, or choose "
                        + "among " + translated() + ".");
            }
            languages.add(language);
        }
        return List.copyOf(languages);
    }

    private static String translationFile(Language language) {
        return "messages/core_" + language.code() + ".properties";
    }

    /** The codes of the languages core has translated, hence that a site may publish in. */
    static String translated() {
        return Language.known().stream()
                .filter(l -> NewPlugin.class.getClassLoader().getResource(translationFile(l)) != null)
                .map(Language::code).sorted().collect(Collectors.joining(", "));
    }

    /** The plugin's Java package: {@code org.makemothersmatter.plugins.southafrica}. */
    public String packageName() {
        return "org.makemothersmatter.plugins." + code.replace("-", "");
    }

    /** The start of its class names: {@code SouthAfrica} for {@code SouthAfricaPlugin}. */
    public String classPrefix() {
        StringBuilder prefix = new StringBuilder();
        for (String word : code.split("-")) {
            prefix.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return prefix.toString();
    }

    /** Its Maven artifact: {@code mmm-plugin-south-africa}. */
    public String artifactId() {
        return "mmm-plugin-" + code;
    }

    /** Its module's folder, relative to the repository root. */
    public String folder() {
        return "plugins/" + code;
    }
}
