package org.makemothersmatter.core.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Accounts, their sites, sessions and failed sign-ins. */
@RegisterConstructorMapper(AccountDao.AccountRow.class)
@RegisterConstructorMapper(AccountDao.SessionRow.class)
public interface AccountDao {

    @SqlQuery("SELECT id, email, name, role, password_hash, active FROM account WHERE email = :email")
    Optional<AccountRow> byEmail(@Bind("email") String email);

    @SqlQuery("SELECT id, email, name, role, password_hash, active FROM account WHERE id = :id")
    Optional<AccountRow> byId(@Bind("id") long id);

    @SqlQuery("SELECT id, email, name, role, password_hash, active FROM account ORDER BY email")
    List<AccountRow> all();

    @SqlQuery("SELECT site FROM account_site WHERE account_id = :id ORDER BY site")
    List<String> sites(@Bind("id") long accountId);

    @SqlQuery("SELECT COUNT(*) FROM account WHERE role = 'network-admin' AND active")
    long activeAdmins();

    @SqlUpdate("""
            INSERT INTO account (email, name, role, password_hash, active, created_at)
            VALUES (:email, :name, :role, :hash, TRUE, :at)
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("email") String email, @Bind("name") String name, @Bind("role") String role,
                @Bind("hash") String passwordHash, @Bind("at") Instant at);

    @SqlUpdate("INSERT INTO account_site (account_id, site) VALUES (:id, :site)")
    void grant(@Bind("id") long accountId, @Bind("site") String site);

    @SqlUpdate("UPDATE account SET password_hash = :hash WHERE id = :id")
    void setPassword(@Bind("id") long accountId, @Bind("hash") String passwordHash);

    @SqlUpdate("INSERT INTO web_session (token_hash, account_id, csrf_token, created_at, last_seen_at) VALUES (:hash, :account, :csrf, :at, :at)")
    void openSession(@Bind("hash") String tokenHash, @Bind("account") long accountId, @Bind("csrf") String csrf,
                     @Bind("at") Instant at);

    @SqlQuery("SELECT token_hash, account_id, csrf_token, created_at, last_seen_at FROM web_session WHERE token_hash = :hash")
    Optional<SessionRow> session(@Bind("hash") String tokenHash);

    @SqlUpdate("UPDATE web_session SET last_seen_at = :at WHERE token_hash = :hash")
    void touchSession(@Bind("hash") String tokenHash, @Bind("at") Instant at);

    @SqlUpdate("DELETE FROM web_session WHERE token_hash = :hash")
    void closeSession(@Bind("hash") String tokenHash);

    @SqlUpdate("DELETE FROM web_session WHERE last_seen_at < :idleSince OR created_at < :createdSince")
    int closeExpiredSessions(@Bind("idleSince") Instant idleSince, @Bind("createdSince") Instant createdSince);

    @SqlUpdate("INSERT INTO sign_in_failure (subject, failed_at) VALUES (:subject, :at)")
    void recordFailure(@Bind("subject") String subject, @Bind("at") Instant at);

    @SqlQuery("SELECT COUNT(*) FROM sign_in_failure WHERE subject = :subject AND failed_at > :since")
    int failuresSince(@Bind("subject") String subject, @Bind("since") Instant since);

    @SqlQuery("SELECT MIN(failed_at) FROM sign_in_failure WHERE subject = :subject AND failed_at > :since")
    Optional<Instant> firstFailureSince(@Bind("subject") String subject, @Bind("since") Instant since);

    @SqlUpdate("DELETE FROM sign_in_failure WHERE subject = :subject")
    void clearFailures(@Bind("subject") String subject);

    record AccountRow(long id, String email, String name, String role, String passwordHash, boolean active) {
    }

    record SessionRow(String tokenHash, long accountId, String csrfToken, Instant createdAt, Instant lastSeenAt) {
    }
}
