package org.makemothersmatter.core.plugin;

import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;

/**
 * The translation files a site needs, checked at start: core's strings in each language the site publishes
 * in and, when the plugin has strings of its own in one language, its strings in each of them.
 */
final class TranslationFiles {

    private TranslationFiles() {
    }

    static void require(Site site, ClassLoader classLoader) {
        boolean own = Language.known().stream().anyMatch(l -> exists(classLoader, file(site.code(), l)));
        for (Language language : site.languages()) {
            require(site, language, file("core", language), classLoader);
            if (own) {
                require(site, language, file(site.code(), language), classLoader);
            }
        }
    }

    private static void require(Site site, Language language, String file, ClassLoader classLoader) {
        if (!exists(classLoader, file)) {
            throw new IllegalStateException("Site " + site.code() + " publishes in " + language
                    + ", but the translation file " + file + " is missing");
        }
    }

    private static String file(String owner, Language language) {
        return "messages/" + owner + "_" + language.code() + ".properties";
    }

    private static boolean exists(ClassLoader classLoader, String file) {
        return classLoader.getResource(file) != null;
    }
}
