package org.makemothersmatter.core.account;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.makemothersmatter.core.store.Daos;

/**
 * Two-factor sign-in: after the password, a code of an authenticator app (time-based, RFC 6238, every 30 seconds) or
 * one of ten single-use recovery codes. An account sets it up by confirming a first code; a code is taken once, and
 * a code of an earlier time step than one used is refused, so that a code seen over a shoulder is worthless. Network
 * administrators must use it; a network administrator resets it for an account whose phone is lost.
 */
public final class TwoFactor {

    /** How long a sign-in whose password was right waits for its code. */
    public static final Duration PENDING_VALID = Duration.ofMinutes(5);
    static final int RECOVERY_CODES = 10;
    private static final int PERIOD_SECONDS = 30;
    /** The time steps accepted on either side of the current one: clocks of phones drift. */
    private static final int DRIFT_STEPS = 1;
    private static final String ISSUER = "Make Mothers Matter";

    private final Jdbi jdbi;
    private final Dao dao;
    private final AuditLog audit;
    private final Clock clock;
    private final CodeGenerator codes = new DefaultCodeGenerator();

    @Inject
    public TwoFactor(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.dao = Daos.of(jdbi, Dao.class);
        this.audit = audit;
        this.clock = clock;
    }

    /** The key an app is given at setup: as a QR code (a data: address of a PNG image) and as text to type. */
    public record Setup(String secret, String uri, String qrImage) {
    }

    public boolean enabled(Account account) {
        return dao.secret(account.id()).isPresent();
    }

    /** Network administrators cannot work in the back office without a second factor. */
    public boolean required(Account account) {
        return account.role() == Role.NETWORK_ADMIN && !enabled(account);
    }

    /** The key of a setup under way, chosen at the first call and kept until a code confirms it. */
    public Setup setup(Account account) {
        String secret = dao.pendingSecret(account.id()).orElseGet(() -> {
            String chosen = new DefaultSecretGenerator().generate();
            dao.setPendingSecret(account.id(), chosen);
            return chosen;
        });
        QrData data = new QrData.Builder().label(account.email()).secret(secret).issuer(ISSUER)
                .digits(6).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator png = new ZxingPngQrGenerator();
            return new Setup(secret, data.getUri(), Utils.getDataUriForImage(png.generate(data), png.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Turns two-factor sign-in on when {@code code} is a current code of the key being set up; returns the recovery
     * codes, to be shown this once.
     */
    public List<String> confirm(Account account, String code, String ip) {
        String secret = dao.pendingSecret(account.id()).orElseThrow(TwoFactor::wrongCode);
        long step = matchingStep(secret, code).orElseThrow(TwoFactor::wrongCode);
        return jdbi.inTransaction(handle -> {
            Dao tx = handle.attach(Dao.class);
            tx.enable(account.id(), secret, step);
            audit.record(account.id(), account.email(), "account.two-factor-on", null, account.email(), null, ip);
            return recoveryCodes(tx, account);
        });
    }

    /** New recovery codes, which replace the old ones; to be shown this once. */
    public List<String> newRecoveryCodes(Account account, String ip) {
        if (!enabled(account)) {
            throw new AccountRefused("twoFactorOff", "Two-factor sign-in is not on.");
        }
        return jdbi.inTransaction(handle -> {
            List<String> made = recoveryCodes(handle.attach(Dao.class), account);
            audit.record(account.id(), account.email(), "account.recovery-codes", null, account.email(), null, ip);
            return made;
        });
    }

    /**
     * Turns an account's two-factor sign-in off, on a network administrator's request, when its phone is lost: it
     * signs in with its password alone, and sets it up again (a network administrator must).
     */
    public void reset(Account admin, String ip, Account account) {
        jdbi.useTransaction(handle -> {
            Dao tx = handle.attach(Dao.class);
            tx.disable(account.id());
            tx.forgetRecoveryCodes(account.id());
            tx.closeAllPending(account.id());
            audit.record(admin.id(), admin.email(), "account.two-factor-reset", null, account.email(), null, ip);
        });
    }

    /**
     * Takes a code of the account's app or one of its recovery codes, each once; returns which it was ("totp",
     * "recovery"), or nothing when it is wrong or was used already.
     */
    Optional<String> use(long accountId, String code) {
        Optional<String> secret = dao.secret(accountId);
        if (secret.isEmpty() || code == null) {
            return Optional.empty();
        }
        Optional<Long> step = matchingStep(secret.get(), code);
        if (step.isPresent()) {
            return dao.useStep(accountId, step.get()) == 1 ? Optional.of("totp") : Optional.empty();
        }
        return dao.useRecoveryCode(accountId, Tokens.hash(normalized(code)), clock.instant()) == 1
                ? Optional.of("recovery") : Optional.empty();
    }

    /** Opens the wait for the second factor of a sign-in whose password was right; returns its token. */
    String openPending(long accountId) {
        String token = Tokens.random();
        dao.openPending(Tokens.hash(token), accountId, clock.instant());
        return token;
    }

    /** The account whose sign-in waits for its second factor under this token, for {@link #PENDING_VALID}. */
    public Optional<Long> pending(String token) {
        return token == null || token.isEmpty() ? Optional.empty()
                : dao.pending(Tokens.hash(token), clock.instant().minus(PENDING_VALID));
    }

    void closePending(String token) {
        dao.closePending(Tokens.hash(token));
    }

    /** Forgets the sign-ins that waited too long; returns how many. */
    int forgetExpired() {
        return dao.forgetPending(clock.instant().minus(PENDING_VALID));
    }

    /** The time step of a code of this key that is current, give or take {@link #DRIFT_STEPS}. */
    private Optional<Long> matchingStep(String secret, String code) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{6}")) {
            return Optional.empty();
        }
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        try {
            for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
                if (Sessions.same(codes.generate(secret, step), typed)) {
                    return Optional.of(step);
                }
            }
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
        return Optional.empty();
    }

    private static List<String> recoveryCodes(Dao tx, Account account) {
        tx.forgetRecoveryCodes(account.id());
        List<String> made = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        made.forEach(code -> tx.addRecoveryCode(account.id(), Tokens.hash(normalized(code))));
        return made;
    }

    /** A recovery code as typed, whatever the case, spaces and dashes. */
    private static String normalized(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static AccountRefused wrongCode() {
        return new AccountRefused("code", "The code is wrong or has already been used.");
    }

    public interface Dao {
        @SqlQuery("SELECT totp_secret FROM account WHERE id = :id")
        Optional<String> secret(@Bind("id") long accountId);

        @SqlQuery("SELECT totp_pending_secret FROM account WHERE id = :id")
        Optional<String> pendingSecret(@Bind("id") long accountId);

        @SqlUpdate("UPDATE account SET totp_pending_secret = :secret WHERE id = :id")
        void setPendingSecret(@Bind("id") long accountId, @Bind("secret") String secret);

        @SqlUpdate("""
                UPDATE account SET totp_secret = :secret, totp_last_step = :step, totp_pending_secret = NULL
                 WHERE id = :id
                """)
        void enable(@Bind("id") long accountId, @Bind("secret") String secret, @Bind("step") long step);

        @SqlUpdate("UPDATE account SET totp_secret = NULL, totp_last_step = NULL, totp_pending_secret = NULL WHERE id = :id")
        void disable(@Bind("id") long accountId);

        /** Takes a time step later than the last one used: 1 if it was, 0 if the code was seen already. */
        @SqlUpdate("""
                UPDATE account SET totp_last_step = :step
                 WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)
                """)
        int useStep(@Bind("id") long accountId, @Bind("step") long step);

        @SqlUpdate("INSERT INTO recovery_code (account_id, code_hash) VALUES (:id, :hash)")
        void addRecoveryCode(@Bind("id") long accountId, @Bind("hash") String codeHash);

        @SqlUpdate("DELETE FROM recovery_code WHERE account_id = :id")
        void forgetRecoveryCodes(@Bind("id") long accountId);

        @SqlUpdate("""
                UPDATE recovery_code SET used_at = :now
                 WHERE account_id = :id AND code_hash = :hash AND used_at IS NULL
                """)
        int useRecoveryCode(@Bind("id") long accountId, @Bind("hash") String codeHash, @Bind("now") Instant now);

        @SqlUpdate("INSERT INTO pending_sign_in (token_hash, account_id, created_at) VALUES (:hash, :id, :at)")
        void openPending(@Bind("hash") String tokenHash, @Bind("id") long accountId, @Bind("at") Instant at);

        @SqlQuery("SELECT account_id FROM pending_sign_in WHERE token_hash = :hash AND created_at > :since")
        Optional<Long> pending(@Bind("hash") String tokenHash, @Bind("since") Instant since);

        @SqlUpdate("DELETE FROM pending_sign_in WHERE token_hash = :hash")
        void closePending(@Bind("hash") String tokenHash);

        @SqlUpdate("DELETE FROM pending_sign_in WHERE account_id = :id")
        void closeAllPending(@Bind("id") long accountId);

        @SqlUpdate("DELETE FROM pending_sign_in WHERE created_at <= :since")
        int forgetPending(@Bind("since") Instant since);
    }
}
