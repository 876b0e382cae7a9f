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

    @SqlQuery("SELECT MIN(failed_at) FROM sign_in_failure WHERE subject = :subject AND failed_at > :since")
    Optional<Instant> firstFailureSince(@Bind("subject") String subject, @Bind("since") Instant since);

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
