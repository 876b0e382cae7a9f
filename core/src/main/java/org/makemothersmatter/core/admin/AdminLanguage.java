package org.makemothersmatter.core.admin;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.web.LanguageNegotiation;
import org.makemothersmatter.core.web.Messages;

/**
 * The language the back office speaks to someone: one it has strings of its own for
 * ({@code messages/admin_<language>.properties}, named by the language alone: fr, nl, pt), English filling what a
 * language lacks, key by key.
 */
@Singleton
public final class AdminLanguage {

    private final Messages messages;

    @Inject
    public AdminLanguage(Messages messages) {
        this.messages = messages;
    }

    /**
     * The account's preferred language if it has one the back office speaks (Canadian French is shown in
     * French), else the one the browser prefers among those, else English.
     */
    public Language choose(Optional<Language> preferred, String acceptLanguage) {
        return preferred.map(AdminLanguage::withoutRegion).filter(this::speaks)
                .or(() -> LanguageNegotiation.best(acceptLanguage, this::speaks))
                .orElse(Language.ENGLISH);
    }

    /** The back office's words in a language it speaks. */
    AdminTexts texts(Language language) {
        return new AdminTexts(messages.backOffice(language), language);
    }

    /** Only languages without a script or region have strings, so that a browser's tags are not all looked for. */
    private boolean speaks(Language language) {
        return !language.code().contains("-") && messages.backOfficeSpeaks(language);
    }

    private static Language withoutRegion(Language language) {
        return Language.find(language.locale().getLanguage()).orElse(language);
    }
}
