package org.makemothersmatter.core.testkit;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * The second factor of a sign-in as an authenticator app gives it: the current code of a key, computed with the
 * library the server uses. Tests sign the same account in many times within one 30-second step, which a person
 * cannot, and a code is taken once: {@link #code(TestServer, String)} lets the server forget the step used last.
 * Refusing a code seen again is tested on its own, with {@link #code(String)}.
 */
public final class SecondFactor {

    /** The page where two-factor sign-in is set up. */
    public static final String SETUP = "/admin/me/two-factor";
    private static final Pattern RECOVERY_CODE = Pattern.compile("<code>([a-z0-9]{4}(?:-[a-z0-9]{4}){3})</code>");

    private SecondFactor() {
    }

    /** The current code of this key (as the setup page shows it, spaces allowed). */
    public static String code(String secret) {
        try {
            return new DefaultCodeGenerator().generate(secret.replace(" ", ""), Instant.now().getEpochSecond() / 30);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A current code of the key the server keeps for this account, which it takes even if it took one this step. */
    public static String code(TestServer server, String email) {
        Jdbi jdbi = server.instance(Jdbi.class);
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE account SET totp_last_step = NULL WHERE email = :email")
                .bind("email", address(email)).execute());
        return code(jdbi.withHandle(handle -> handle.createQuery("SELECT totp_secret FROM account WHERE email = :email")
                .bind("email", address(email)).mapTo(String.class).one()));
    }

    /** Whether this account is a network administrator without two-factor sign-in, who is sent to set it up. */
    public static boolean mustSetUp(TestServer server, String email) {
        return server.instance(Jdbi.class).withHandle(handle -> handle.createQuery("""
                SELECT COUNT(*) FROM account WHERE email = :email AND role = 'network-admin' AND totp_secret IS NULL
                """).bind("email", address(email)).mapTo(Integer.class).one()) > 0;
    }

    /** The key shown on the setup page, in this HTML. */
    public static String secretIn(String html) {
        return Matches.first(html, "id=\"secret\">([A-Z2-7 ]+)<").replace(" ", "");
    }

    /** The recovery codes shown, once, in this HTML. */
    public static List<String> recoveryCodesIn(String html) {
        return RECOVERY_CODE.matcher(html).results().map(m -> m.group(1)).toList();
    }

    /** An address as accounts keep it. */
    private static String address(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
