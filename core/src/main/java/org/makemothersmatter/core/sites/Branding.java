package org.makemothersmatter.core.sites;

/**
 * How a site looks beyond core's templates: its own stylesheet (colours and fonts, as CSS variables over
 * core's) and its logo, each found in the plugin's {@code assets/<code>/} folder, or null. These are the files'
 * plain addresses; pages link them by their fingerprinted ones (see {@code Assets}).
 */
public record Branding(String stylesheet, String logo) {

    static final String[] LOGO_FILES = {"logo.svg", "logo.png", "logo.webp"};

    /** Looks for {@code assets/<code>/site.css} and a logo on the classpath. */
    static Branding find(String code, ClassLoader classLoader) {
        String folder = "assets/" + code + "/";
        String stylesheet = classLoader.getResource(folder + "site.css") != null ? "/" + folder + "site.css" : null;
        String logo = null;
        for (String file : LOGO_FILES) {
            if (logo == null && classLoader.getResource(folder + file) != null) {
                logo = "/" + folder + file;
            }
        }
        return new Branding(stylesheet, logo);
    }
}
