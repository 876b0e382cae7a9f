package org.makemothersmatter.core.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.makemothersmatter.core.model.Language;

/**
 * What someone chooses for themselves: the language of the back office and of the mails they get ({@code language}
 * null: the browser's, and mails in English), and the notices they want by e-mail.
 */
public record Preferences(Language language, Set<Notice> notices) {

    /**
     * The languages the back office is written in, as core ships its strings; mails are in English where a language
     * has none of its own.
     */
    public static final List<Language> LANGUAGES = Stream.of("en", "fr", "de", "es", "it", "nl", "pt", "ar")
            .map(Language::of).toList();

    public Preferences {
        if (language != null && !LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("The back office is not written in " + language.code() + ".");
        }
        notices = notices.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(notices));
    }

    public boolean wants(Notice notice) {
        return notices.contains(notice);
    }
}
