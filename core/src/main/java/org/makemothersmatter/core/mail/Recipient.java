package org.makemothersmatter.core.mail;

import org.makemothersmatter.core.model.Language;

/** An account a notice goes to, and the language it reads its mails in ({@code language} null: English). */
public record Recipient(long id, String email, String name, String language) {

    /** The language of the mails to this account: the one it chose, else English. */
    Language mailLanguage() {
        return Language.find(language).orElse(Language.ENGLISH);
    }
}
