package org.makemothersmatter.core.sites;

import java.util.Optional;
import java.util.Set;
import org.makemothersmatter.core.model.Language;

/**
 * Which codes a national site may take. A code is the first segment of the site's addresses, and the name of its
 * content, templates, assets and strings, so it must not be one that core's addresses or names use, nor have the
 * shape of a language tag: {@code /es/} is the international site in Spanish, so no site may be called {@code es}.
 */
public final class SiteCodes {

    /** Lower-case letters and digits in words joined by single dashes, starting with a letter: south-africa. */
    public static final String PATTERN = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

    /**
     * First path segments core uses or keeps for itself (the back office, files, images, the feeds, search and
     * operations' addresses to come), the international site's code, the folder of core's templates, and the name of
     * its mails' strings ({@code messages/mail_<language>.properties}).
     */
    public static final Set<String> RESERVED = Set.of("admin", "assets", "media", "core", "network", "api", "feed",
            "feeds", "search", "sitemap", "health", "metrics", "static", "mail");

    private SiteCodes() {
    }

    /** Why a national site may not take this code, if it may not. */
    public static Optional<String> refusal(String code) {
        if (code == null || !code.matches(PATTERN)) {
            return Optional.of("'" + code + "' is not a site code: lower-case letters and digits, words joined by "
                    + "single dashes, starting with a letter (portugal, south-africa)");
        }
        if (RESERVED.contains(code)) {
            return Optional.of("the code '" + code + "' is reserved by core: choose another one (not "
                    + String.join(", ", RESERVED.stream().sorted().toList()) + ")");
        }
        if (Language.looksLikeTag(code)) {
            return Optional.of("the code '" + code + "' has the shape of a language tag, which the international "
                    + "site's addresses use (/" + code + "/): choose a longer one, such as the country's name");
        }
        return Optional.empty();
    }
}
