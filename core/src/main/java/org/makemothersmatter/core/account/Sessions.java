package org.makemothersmatter.core.account;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.store.Daos;

/**
 * Back-office sessions, kept in the database so that every server node knows them. A session ends at
 * sign-out, after {@link #IDLE} without a request, and at the latest {@link #LONGEST} after sign-in.
 */
public final class Sessions {

    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration LONGEST = Duration.ofHours(12);
    /** Sessions are touched at most this often, so that reading pages does not write on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final AccountDao dao;
    private final Accounts accounts;
    private final Clock clock;

    @Inject
    public Sessions(Jdbi jdbi, Accounts accounts, Clock clock) {
        this.dao = Daos.of(jdbi, AccountDao.class);
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A signed-in account and the token its forms must carry. */
    public record Session(String tokenHash, Account account, String csrfToken) {
    }

    /** Opens a new session (a new token at every sign-in) and returns the token for the cookie. */
    public String open(Account account) {
        String token = randomToken();
        dao.openSession(Tokens.hash(token), account.id(), randomToken(), clock.instant());
        return token;
    }

    public Optional<Session> find(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        String tokenHash = Tokens.hash(token);
        Instant now = clock.instant();
        return dao.session(tokenHash).flatMap(row -> {
            if (row.lastSeenAt().plus(IDLE).isBefore(now) || row.createdAt().plus(LONGEST).isBefore(now)) {
                dao.closeSession(tokenHash);
                return Optional.empty();
            }
            if (row.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
                dao.touchSession(tokenHash, now);
            }
            return accounts.find(row.accountId()).filter(Account::active)
                    .map(account -> new Session(tokenHash, account, row.csrfToken()));
        });
    }

    public void close(Session session) {
        dao.closeSession(session.tokenHash());
    }

    /** Forgets the sessions that have ended; returns how many. */
    public int closeExpired() {
        Instant now = clock.instant();
        return dao.closeExpiredSessions(now.minus(IDLE), now.minus(LONGEST));
    }

    public String randomToken() {
        return Tokens.random();
    }

    /** Compares two secrets in constant time. */
    public static boolean same(String expected, String given) {
        return expected != null && given != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
