package org.makemothersmatter.core.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.makemothersmatter.core.model.Language;

/** Accounts, their sites, sessions and failed sign-ins. */
@RegisterConstructorMapper(AccountDao.AccountRow.class)
@RegisterConstructorMapper(AccountDao.SessionRow.class)
@RegisterConstructorMapper(AccountDao.PreferencesRow.class)
public interface AccountDao {

    @SqlQuery("SELECT id, email, name, role, password_hash, active FROM account WHERE email = :email")
    Optional<AccountRow> byEmail(@Bind("email") String email);

    @SqlQuery("SELECT id, email, name, role, password_hash, active FROM account WHERE id = :id")
    Optional<AccountRow> byId(@Bind("id") long id);

    @SqlQuery("SELECT id, email, name, role, password_hash, active FROM account ORDER BY email")
    List<AccountRow> all();

    /** The accounts invited that have no password yet. */
    @SqlQuery("SELECT id FROM account WHERE password_hash IS NULL")
    Set<Long> invited();

    /**
     * The network administrators who can sign in, their rows locked until the transaction ends: two administrators
     * demoting each other at once are taken one after the other.
     */
    @SqlQuery("SELECT id FROM account WHERE role = 'network-admin' AND active AND password_hash IS NOT NULL FOR UPDATE")
    List<Long> lockAdmins();

    @SqlQuery("SELECT site FROM account_site WHERE account_id = :id ORDER BY site")
    List<String> sites(@Bind("id") long accountId);

    /** The network administrators who can sign in: active, with a password. */
    @SqlQuery("SELECT COUNT(*) FROM account WHERE role = 'network-admin' AND active AND password_hash IS NOT NULL")
    long activeAdmins();

    /** Inserts an active account; {@code hash} null for one invited, which has no password yet. */
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

    @SqlUpdate("UPDATE account SET name = :name, role = :role WHERE id = :id")
    void update(@Bind("id") long accountId, @Bind("name") String name, @Bind("role") String role);

    @SqlUpdate("DELETE FROM account_site WHERE account_id = :id")
    void revokeSites(@Bind("id") long accountId);

    @SqlUpdate("UPDATE account SET active = :active WHERE id = :id")
    void setActive(@Bind("id") long accountId, @Bind("active") boolean active);

    @SqlUpdate("""
            INSERT INTO password_link (token_hash, account_id, purpose, created_at, expires_at)
            VALUES (:hash, :account, :purpose, :at, :expires)
            """)
    void openLink(@Bind("hash") String tokenHash, @Bind("account") long accountId, @Bind("purpose") String purpose,
                  @Bind("at") Instant at, @Bind("expires") Instant expires);

    /** The account of a link that still works: unused, unexpired, its account active. */
    @SqlQuery("""
            SELECT a.id, a.email, a.name, a.role, a.password_hash, a.active
              FROM password_link l JOIN account a ON a.id = l.account_id
             WHERE l.token_hash = :hash AND l.used_at IS NULL AND l.expires_at > :now AND a.active
            """)
    Optional<AccountRow> linkedAccount(@Bind("hash") String tokenHash, @Bind("now") Instant now);

    /** Uses a link that still works: 1 if it did, 0 if it was used, expired or unknown. */
    @SqlUpdate("UPDATE password_link SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now")
    int useLink(@Bind("hash") String tokenHash, @Bind("now") Instant now);

    /** Makes every link of an account that still works worthless: a new password or disabling ends them. */
    @SqlUpdate("UPDATE password_link SET used_at = :now WHERE account_id = :id AND used_at IS NULL")
    void closeLinks(@Bind("id") long accountId, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM web_session WHERE account_id = :id")
    int closeSessions(@Bind("id") long accountId);

    @SqlUpdate("DELETE FROM web_session WHERE account_id = :id AND token_hash <> :keep")
    int closeSessionsBut(@Bind("id") long accountId, @Bind("keep") String keptTokenHash);

    @SqlQuery("""
            SELECT language, notify_translation_requests, notify_reviews, notify_publications, notify_form_answers
              FROM account WHERE id = :id
            """)
    Optional<PreferencesRow> preferences(@Bind("id") long accountId);

    @SqlUpdate("""
            UPDATE account SET name = :name, language = :p.language,
                   notify_translation_requests = :p.notifyTranslationRequests, notify_reviews = :p.notifyReviews,
                   notify_publications = :p.notifyPublications, notify_form_answers = :p.notifyFormAnswers
             WHERE id = :id
            """)
    void savePreferences(@Bind("id") long accountId, @Bind("name") String name, @BindMethods("p") PreferencesRow row);

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

    @SqlQuery("SELECT MAX(failed_at) FROM sign_in_failure WHERE subject = :subject AND failed_at > :since")
    Optional<Instant> lastFailureSince(@Bind("subject") String subject, @Bind("since") Instant since);

    @SqlUpdate("DELETE FROM sign_in_failure WHERE failed_at < :before")
    int forgetFailures(@Bind("before") Instant before);

    @SqlUpdate("DELETE FROM password_link WHERE expires_at < :now")
    int forgetExpiredLinks(@Bind("now") Instant now);

    @SqlUpdate("DELETE FROM sign_in_failure WHERE subject = :subject")
    void clearFailures(@Bind("subject") String subject);

    record AccountRow(long id, String email, String name, String role, String passwordHash, boolean active) {
    }

    /** An account's {@link Preferences}, a column for each notice. */
    record PreferencesRow(String language, boolean notifyTranslationRequests, boolean notifyReviews,
                          boolean notifyPublications, boolean notifyFormAnswers) {

        static PreferencesRow of(Preferences preferences) {
            return new PreferencesRow(preferences.language() == null ? null : preferences.language().code(),
                    preferences.wants(Notice.TRANSLATION_REQUEST), preferences.wants(Notice.REVIEW),
                    preferences.wants(Notice.PUBLICATION), preferences.wants(Notice.FORM_ANSWER));
        }

        /** The preferences stored; a language the back office no longer has is the browser's. */
        Preferences preferences() {
            Set<Notice> notices = EnumSet.noneOf(Notice.class);
            Map.of(Notice.TRANSLATION_REQUEST, notifyTranslationRequests, Notice.REVIEW, notifyReviews,
                    Notice.PUBLICATION, notifyPublications, Notice.FORM_ANSWER, notifyFormAnswers)
                    .forEach((notice, wanted) -> {
                        if (wanted) {
                            notices.add(notice);
                        }
                    });
            return new Preferences(Language.find(language).filter(Preferences.LANGUAGES::contains).orElse(null),
                    notices);
        }
    }

    record SessionRow(String tokenHash, long accountId, String csrfToken, Instant createdAt, Instant lastSeenAt) {
    }
}
