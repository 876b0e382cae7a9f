package org.makemothersmatter.core.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The mail server notifications are sent through. Without a host, nothing is sent: the mails wait in the outbox,
 * and the site works as ever.
 *
 * @param from the sender, an address with or without a name ({@code MMM network <noreply@example.org>})
 * @param user null when the server asks no one to sign in (then {@code password} is null too)
 */
public record MailSettings(String host, int port, String user, String password, String from, Tls tls) {

    /** No mail server: notifications are kept, not sent. */
    public static final MailSettings NONE = new MailSettings(null, 0, null, null, null, Tls.STARTTLS);

    /** How the connection to the mail server is encrypted. */
    public enum Tls {
        /** Plain at first, then encrypted by STARTTLS before anything else is said; refused if the server cannot. */
        STARTTLS("starttls", 587),
        /** Encrypted from the start (SMTPS). */
        TLS("tls", 465),
        /** Not encrypted: for a server on the same machine or network only. */
        NONE("none", 25);

        private final String code;
        private final int port;

        Tls(String code, int port) {
            this.code = code;
            this.port = port;
        }

        public String code() {
            return code;
        }
    }

    public boolean configured() {
        return host != null;
    }

    /**
     * Reads SMTP_HOST (unset: no mail is sent), SMTP_PORT (by default 587, 465 or 25 as SMTP_TLS says), SMTP_USER and
     * SMTP_PASSWORD (both or neither), SMTP_FROM (needed with a host) and SMTP_TLS (starttls, the default; tls;
     * none). A value that cannot be used stops the start with its reason.
     */
    public static MailSettings fromEnvironment(Map<String, String> env) {
        String host = value(env, "SMTP_HOST");
        if (host == null) {
            return NONE;
        }
        String mode = env.getOrDefault("SMTP_TLS", Tls.STARTTLS.code).strip().toLowerCase(Locale.ROOT);
        Tls tls = Arrays.stream(Tls.values()).filter(t -> t.code.equals(mode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("SMTP_TLS must be starttls, tls or none, not '"
                        + env.get("SMTP_TLS") + "'"));
        int port = port(env.getOrDefault("SMTP_PORT", String.valueOf(tls.port)));
        String user = value(env, "SMTP_USER");
        String password = env.get("SMTP_PASSWORD");
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("SMTP_USER and SMTP_PASSWORD go together: set both or neither");
        }
        String from = value(env, "SMTP_FROM");
        if (from == null) {
            throw new IllegalArgumentException("SMTP_HOST is set: SMTP_FROM must give the address notifications are "
                    + "sent from, such as \"MMM network <noreply@example.org>\"");
        }
        address(from);
        return new MailSettings(host, port, user, password, from, tls);
    }

    /** The sender as mails carry it; the settings have checked it. */
    public InternetAddress sender() {
        return address(from);
    }

    /** Never the password, which logs and error messages must not show. */
    @Override
    public String toString() {
        return configured() ? host + ":" + port + " (" + tls.code + (user == null ? "" : ", as " + user) + "), from "
                + from : "no mail server";
    }

    private static InternetAddress address(String from) {
        try {
            return new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("SMTP_FROM is not an e-mail address: '" + from + "' ("
                    + e.getMessage() + ")");
        }
    }

    private static String value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Told below, as any other bad port.
        }
        throw new IllegalArgumentException("SMTP_PORT must be a port number (1 to 65535), not '" + text + "'");
    }
}
