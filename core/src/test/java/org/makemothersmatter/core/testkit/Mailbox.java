package org.makemothersmatter.core.testkit;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.mail.MailDao;
import org.makemothersmatter.core.mail.MailSettings;

/**
 * A real mail server in the test's JVM (GreenMail), on a port of the loopback interface, that takes mail for any
 * address from the site, which signs in to it as a server of the network would. It can be stopped and started again
 * on the same port, as a mail server that is down for a while.
 */
public final class Mailbox implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String USER = "site@example.org";
    private static final String PASSWORD = "a mail server's secret";

    private final int port;
    private GreenMail server;

    public Mailbox() {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    /** The settings that send the site's mails here. */
    public MailSettings settings() {
        return new MailSettings("127.0.0.1", port, USER, PASSWORD, "MMM network <noreply@example.org>",
                MailSettings.Tls.NONE);
    }

    public void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, USER, PASSWORD));
        server.start();
    }

    /** Down: the port refuses connections until {@link #start()}; what was received is forgotten. */
    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * A mail as it arrived: its sender, recipients, subject, plain text (its lines ended by LF, as a reader sees them,
     * not by the CRLF of its transport) and a header the test asks for.
     */
    public record Mail(String from, List<String> to, String subject, String text, String contentType,
                       MimeMessage message) {

        public String header(String name) {
            try {
                return message.getHeader(name, ",");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every mail received since the server started. */
    public List<Mail> received() {
        return Arrays.stream(server.getReceivedMessages()).map(Mailbox::mail).toList();
    }

    /** The mails received for this address whose subject contains {@code subject}. */
    public List<Mail> to(String address, String subject) {
        return received().stream().filter(m -> m.to().contains(address) && m.subject().contains(subject)).toList();
    }

    /**
     * Waits until the site's outbox has no mail waiting: every mail it wrote is here (or was given up), so that a test
     * can say who got a notice and who did not.
     */
    public void awaitDelivery(TestServer site) {
        MailDao outbox = site.instance(Jdbi.class).onDemand(MailDao.class);
        await(() -> outbox.waiting() == 0, "the outbox to be sent");
    }

    /** Waits until a mail for this address whose subject contains {@code subject} has arrived, and returns it. */
    public Mail awaitOne(String address, String subject) {
        await(() -> !to(address, subject).isEmpty(), "a mail to " + address + " about " + subject);
        List<Mail> mails = to(address, subject);
        if (mails.size() != 1) {
            throw new AssertionError(mails.size() + " mails to " + address + " about " + subject);
        }
        return mails.get(0);
    }

    private static void await(BooleanSupplier done, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Mail mail(MimeMessage message) {
        try {
            String text = message.getContent().toString().replace("\r\n", "\n");
            return new Mail(message.getFrom()[0].toString(), Arrays.stream(message.getAllRecipients())
                    .map(Address::toString).toList(), message.getSubject(), text, message.getContentType(), message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
