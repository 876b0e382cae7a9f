package org.makemothersmatter.core.admin.view;

import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.web.view.AssetLinks;

/**
 * A page of choosing a password without being signed in, in the language of the browser: asking for a link
 * ({@code forgot.jte}: {@code sent} once asked, the link working {@code hours}), or choosing the password through one ({@code password.jte}: the
 * link's {@code action}, the account's {@code email}; a link that no longer works has no action).
 */
public record PasswordView(Texts t, String lang, String dir, String csrf, String action, String email, String error,
                           boolean sent, int minLength, long hours, AssetLinks assets) {
}
