package org.makemothersmatter.core.account;

import org.makemothersmatter.core.model.Reason;
import org.makemothersmatter.core.model.Refused;

/**
 * Why an account cannot be made as asked: in English for the command line and the log, and by a reason that names
 * a string of the back office ({@code account.refused.<reason>}) for a form to say it in its reader's language.
 */
public final class AccountRefused extends Refused {

    AccountRefused(String reason, String english, Object... arguments) {
        super(english, Reason.of("account.refused." + reason, arguments));
    }
}
