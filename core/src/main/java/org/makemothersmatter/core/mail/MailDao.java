package org.makemothersmatter.core.mail;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Who a notice goes to, and the outbox of the mails written and not yet sent. */
@RegisterConstructorMapper(Recipient.class)
@RegisterConstructorMapper(MailDao.Waiting.class)
public interface MailDao {

    /** A mail the outbox holds, to be sent: {@code attempts} so far, which a server taking it counts up. */
    record Waiting(long id, String recipient, String subject, String body, int attempts) {
    }

    /** The translators of a site who hear of the translations asked of them. */
    @SqlQuery("""
            SELECT a.id, a.email, a.name, a.language FROM account a JOIN account_site s ON s.account_id = a.id
             WHERE s.site = :site AND a.role = 'translator' AND a.active AND a.notify_translation_requests
             ORDER BY a.id
            """)
    List<Recipient> translators(@Bind("site") String site);

    /** The editors of a site who hear of the translations submitted for review. */
    @SqlQuery("""
            SELECT a.id, a.email, a.name, a.language FROM account a JOIN account_site s ON s.account_id = a.id
             WHERE s.site = :site AND a.role = 'editor' AND a.active AND a.notify_reviews
             ORDER BY a.id
            """)
    List<Recipient> reviewers(@Bind("site") String site);

    /** The person who scheduled an article, if they hear of its publication. */
    @SqlQuery("""
            SELECT id, email, name, language FROM account WHERE id = :id AND active AND notify_publications
            """)
    List<Recipient> scheduler(@Bind("id") long accountId);

    /**
     * Those who asked to hear of the answers to a site's forms, among those who may read them: its editors and the
     * network administrators.
     */
    @SqlQuery("""
            SELECT a.id, a.email, a.name, a.language FROM account a
             WHERE a.active AND a.notify_form_answers
               AND (a.role = 'network-admin' OR a.role = 'editor' AND EXISTS (SELECT 1 FROM account_site s
                    WHERE s.account_id = a.id AND s.site = :site))
             ORDER BY a.id
            """)
    List<Recipient> formReaders(@Bind("site") String site);

    /** An account, whatever it chose to hear of: the mails about the account itself. */
    @SqlQuery("SELECT id, email, name, language FROM account WHERE id = :id")
    List<Recipient> account(@Bind("id") long accountId);

    @SqlUpdate("""
            INSERT INTO mail_outbox (account_id, recipient, notice, subject, body, created_at, next_attempt_at)
            VALUES (:account, :recipient, :notice, :subject, :body, :at, :at)
            """)
    void post(@Bind("account") long accountId, @Bind("recipient") String recipient, @Bind("notice") String notice,
              @Bind("subject") String subject, @Bind("body") String body, @Bind("at") Instant at);

    @SqlQuery("""
            SELECT id, recipient, subject, body, attempts FROM mail_outbox
             WHERE sent_at IS NULL AND given_up_at IS NULL AND next_attempt_at <= :now
             ORDER BY id LIMIT :limit
            """)
    List<Waiting> due(@Bind("now") Instant now, @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL AND given_up_at IS NULL")
    long waiting();

    /**
     * Takes a mail to send it, until {@code until}: 0 if another server took it first. A server that stops while
     * sending leaves it to be sent again then.
     */
    @SqlUpdate("""
            UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = :until
             WHERE id = :id AND attempts = :attempts AND sent_at IS NULL AND given_up_at IS NULL
            """)
    int take(@Bind("id") long id, @Bind("attempts") int attempts, @Bind("until") Instant until);

    @SqlUpdate("UPDATE mail_outbox SET sent_at = :at, last_error = NULL WHERE id = :id")
    void sent(@Bind("id") long id, @Bind("at") Instant at);

    @SqlUpdate("UPDATE mail_outbox SET next_attempt_at = :next, last_error = :error WHERE id = :id")
    void retry(@Bind("id") long id, @Bind("next") Instant next, @Bind("error") String error);

    @SqlUpdate("UPDATE mail_outbox SET given_up_at = :at, last_error = :error WHERE id = :id")
    void giveUp(@Bind("id") long id, @Bind("at") Instant at, @Bind("error") String error);

    /** Gives up the mails written before {@code before} and still not sent; returns how many. */
    @SqlUpdate("""
            UPDATE mail_outbox SET given_up_at = :now, last_error = COALESCE(last_error, 'not sent in time')
             WHERE sent_at IS NULL AND given_up_at IS NULL AND created_at < :before
            """)
    int giveUpOlderThan(@Bind("before") Instant before, @Bind("now") Instant now);

    /** Forgets the mails sent or given up before {@code before}. */
    @SqlUpdate("DELETE FROM mail_outbox WHERE sent_at < :before OR given_up_at < :before")
    int forgetDoneBefore(@Bind("before") Instant before);
}
