package org.makemothersmatter.sites.network.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.sites.SiteCodes;

/**
 * The plugin a national team asks for: its site code, its association's name and its languages (the first
 * being the default), checked so that what is generated builds and starts; and the names derived from them.
 */
public record NewPlugin(String code, String name, List<Language> languages) {

    /** Checks what the team typed; {@code languages} is a comma-separated list of tags such as {@code es,ca}. */
    public static NewPlugin of(String code, String name, String languages) {
        SiteCodes.refusal(code).ifPresent(reason -> {
            throw new ScaffoldException(reason.substring(0, 1).toUpperCase(Locale.ROOT) + reason.substring(1) + ".");
        });
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

    private static List<Language> languages(String tags) {
        if (tags.isBlank()) {
            throw new ScaffoldException("Give the site's languages, the default first, such as es,ca.");
        }
        List<Language> languages = new ArrayList<>();
        for (String tag : tags.split(",", -1)) {
            Language language = Language.find(tag.strip())
                    .orElseThrow(() -> new ScaffoldException(Language.refusal(tag.strip()) + " (give them as es,ca)."));
            if (languages.contains(language)) {
                throw new ScaffoldException("The language " + language + " is given twice.");
            }
            languages.add(language);
        }
        return List.copyOf(languages);
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
