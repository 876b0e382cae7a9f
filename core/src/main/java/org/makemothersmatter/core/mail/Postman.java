package org.makemothersmatter.core.mail;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.store.Daos;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the mails of the outbox through the mail server, on a thread of its own, so that a slow or absent server
 * holds up no request and no other background task. A round every {@link #ROUND}, and one as soon as a change that
 * wrote mails commits, takes the mails due and sends them over one connection. A mail the server cannot take now is
 * tried again after 5 seconds, then after twice as long each time, up to every 30 minutes; one whose address it
 * refuses for good is given up, and so is any not sent within 3 days. Sent and given-up mails are forgotten after
 * 30 days. Several servers may share the outbox: each mail is taken by one of them, for a while, before it is sent.
 */
@Singleton
public final class Postman {

    private static final Logger LOG = LoggerFactory.getLogger(Postman.class);
    static final Duration ROUND = Duration.ofSeconds(5);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(30);
    /** How long a mail taken is held by its server: another sends it after, if the first stopped before saying so. */
    private static final Duration HOLD = Duration.ofMinutes(5);
    private static final Duration GIVE_UP = Duration.ofDays(3);
    private static final Duration KEEP = Duration.ofDays(30);
    /** Each step of the conversation with the mail server (connecting, reading, writing) waits this long at most. */
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** How long a stop waits for a round under way: sending a few mails. */
    private static final Duration ROUND_END = Duration.ofSeconds(5);
    private static final int BATCH = 50;
    private static final int ERROR_LENGTH = 500;

    private final MailSettings settings;
    private final MailDao dao;
    private final Clock clock;
    private final Session session;
    private final AtomicBoolean woken = new AtomicBoolean();
    private final AtomicBoolean toldNotSent = new AtomicBoolean();
    private volatile ScheduledExecutorService thread;

    @Inject
    Postman(MailSettings settings, Jdbi jdbi, Clock clock) {
        this.settings = settings;
        this.dao = Daos.of(jdbi, MailDao.class);
        this.clock = clock;
        this.session = Session.getInstance(properties(settings));
    }

    public void start() {
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread mail = new Thread(runnable, "mail");
            mail.setDaemon(true);
            return mail;
        });
        thread.scheduleWithFixedDelay(this::round, 0, ROUND.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * No round starts any more; one under way may finish. It is never interrupted, which could close the database's
     * file under the others: one still waiting on the mail server ends on its own, and a mail it held is sent again
     * by the next start.
     */
    public void stop() {
        ScheduledExecutorService running = thread;
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(ROUND_END.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Still waiting on the mail server {} after {}: left to end on its own", settings, ROUND_END);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends what is due now rather than at the next round: once a change that wrote mails has committed. */
    public void wake() {
        ScheduledExecutorService running = thread;
        if (running != null && woken.compareAndSet(false, true)) {
            try {
                running.execute(() -> {
                    woken.set(false);
                    round();
                });
            } catch (RejectedExecutionException e) {
                // Stopping: the mails wait in the outbox for the next start.
                woken.set(false);
            }
        }
    }

    private void round() {
        try {
            Instant now = clock.instant();
            int late = dao.giveUpOlderThan(now.minus(GIVE_UP), now);
            if (late > 0) {
                LOG.warn("{} notification mail(s) could not be sent within {} days: given up", late, GIVE_UP.toDays());
            }
            dao.forgetDoneBefore(now.minus(KEEP));
            if (!settings.configured()) {
                if (!toldNotSent.get() && dao.waiting() > 0 && toldNotSent.compareAndSet(false, true)) {
                    LOG.warn("Notification mails are kept in the outbox, not sent: no mail server is set (SMTP_HOST)");
                }
                return;
            }
            List<MailDao.Waiting> taken = dao.due(now, BATCH).stream()
                    .filter(mail -> dao.take(mail.id(), mail.attempts(), now.plus(HOLD)) > 0).toList();
            if (!taken.isEmpty()) {
                deliver(taken);
            }
        } catch (RuntimeException e) {
            // A failed round is logged and the next one tries again: the thread must not die.
            LOG.error("Sending the notification mails failed", e);
        }
    }

    /** Sends the mails taken over one connection; those it could not send wait for their next attempt. */
    private void deliver(List<MailDao.Waiting> mails) {
        int next = 0;
        try (Transport transport = session.getTransport()) {
            transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
            for (; next < mails.size(); next++) {
                MailDao.Waiting mail = mails.get(next);
                try {
                    MimeMessage message = message(mail);
                    transport.sendMessage(message, message.getAllRecipients());
                    dao.sent(mail.id(), clock.instant());
                } catch (MessagingException e) {
                    if (!transport.isConnected()) {
                        throw e;
                    }
                    failed(mail, e);
                }
            }
        } catch (MessagingException e) {
            List<MailDao.Waiting> unsent = mails.subList(next, mails.size());
            if (!unsent.isEmpty()) {
                LOG.warn("Cannot send {} notification mail(s) through {}: {}", unsent.size(), settings, reason(e));
                unsent.forEach(mail -> retry(mail, e));
            }
        }
    }

    private MimeMessage message(MailDao.Waiting mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(settings.sender());
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(PlainText.subject(mail.subject()), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        // Out-of-office replies and the like are not sent back to a notification (RFC 3834).
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setSentDate(Date.from(clock.instant()));
        return message;
    }

    /** A mail the server refused: given up if its address is refused for good, else tried again later. */
    private void failed(MailDao.Waiting mail, MessagingException e) {
        if (refusedForGood(e)) {
            LOG.warn("The notification mail {} to {} is given up: {}", mail.id(), mail.recipient(), reason(e));
            dao.giveUp(mail.id(), clock.instant(), reason(e));
        } else {
            LOG.warn("The notification mail {} to {} is not sent: {}", mail.id(), mail.recipient(), reason(e));
            retry(mail, e);
        }
    }

    private void retry(MailDao.Waiting mail, MessagingException e) {
        dao.retry(mail.id(), clock.instant().plus(delay(mail.attempts() + 1)), reason(e));
    }

    /** The wait before the attempt after {@code attempts}: 5 s, 10 s, 20 s... up to 30 minutes. */
    static Duration delay(int attempts) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    /** A malformed address, or one the server says it will never take (a 5xx reply to it). */
    private static boolean refusedForGood(MessagingException failure) {
        for (Exception e = failure; e != null; e = e instanceof MessagingException m ? m.getNextException() : null) {
            if (e instanceof AddressException
                    || e instanceof SMTPAddressFailedException refused && refused.getReturnCode() >= 500) {
                return true;
            }
        }
        return false;
    }

    private static String reason(MessagingException e) {
        String reason = PlainText.oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return reason.length() <= ERROR_LENGTH ? reason : reason.substring(0, ERROR_LENGTH - 1) + "…";
    }

    /** Jakarta Mail's settings for the server: bounded waits, and encryption as the settings ask. */
    private static Properties properties(MailSettings settings) {
        Properties properties = new Properties();
        String timeout = String.valueOf(TIMEOUT.toMillis());
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.connectiontimeout", timeout);
        properties.put("mail.smtp.timeout", timeout);
        properties.put("mail.smtp.writetimeout", timeout);
        properties.put("mail.smtp.auth", String.valueOf(settings.user() != null));
        if (settings.configured()) {
            properties.put("mail.smtp.from", settings.sender().getAddress());
        }
        switch (settings.tls()) {
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                properties.put("mail.smtp.ssl.enable", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
                // A server on the same machine or network, as the settings chose.
            }
        }
        return properties;
    }
}
