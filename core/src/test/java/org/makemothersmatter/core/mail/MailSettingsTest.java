package org.makemothersmatter.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mail server's settings from the environment: each default, and a clear refusal of what cannot be used. */
class MailSettingsTest {

    private static final Map<String, String> SERVER = Map.of("SMTP_HOST", "smtp.example.org",
            "SMTP_FROM", "MMM network <noreply@example.org>");

    @Test
    void withoutAHostNothingIsSent() {
        assertThat(MailSettings.fromEnvironment(Map.of()).configured()).isFalse();
        assertThat(MailSettings.fromEnvironment(Map.of("SMTP_HOST", " ", "SMTP_PORT", "nonsense")).configured())
                .as("nothing else is read").isFalse();
    }

    @Test
    void aHostIsReachedWithStartTlsOnTheSubmissionPortByDefault() {
        MailSettings settings = MailSettings.fromEnvironment(SERVER);
        assertThat(settings.configured()).isTrue();
        assertThat(settings.tls()).isEqualTo(MailSettings.Tls.STARTTLS);
        assertThat(settings.port()).isEqualTo(587);
        assertThat(settings.user()).isNull();
        assertThat(settings.sender().getAddress()).isEqualTo("noreply@example.org");
        assertThat(settings.sender().getPersonal()).isEqualTo("MMM network");
    }

    @Test
    void eachTlsModeHasItsPortUnlessOneIsGiven() {
        assertThat(with("SMTP_TLS", "tls").port()).isEqualTo(465);
        assertThat(with("SMTP_TLS", "NONE").port()).isEqualTo(25);
        MailSettings given = MailSettings.fromEnvironment(Map.of("SMTP_HOST", "localhost", "SMTP_FROM",
                "site@example.org", "SMTP_TLS", "none", "SMTP_PORT", "2525", "SMTP_USER", "site",
                "SMTP_PASSWORD", "s3cret"));
        assertThat(given.port()).isEqualTo(2525);
        assertThat(given.user()).isEqualTo("site");
        assertThat(given.password()).isEqualTo("s3cret");
        assertThat(given.toString()).as("never the password").contains("localhost:2525", "site")
                .doesNotContain("s3cret");
    }

    @Test
    void whatCannotBeUsedIsRefusedWithItsReason() {
        assertThatThrownBy(() -> MailSettings.fromEnvironment(Map.of("SMTP_HOST", "smtp.example.org")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SMTP_FROM");
        assertThatThrownBy(() -> with("SMTP_FROM", "not an address"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("SMTP_FROM is not an e-mail address");
        assertThatThrownBy(() -> with("SMTP_TLS", "ssl3")).hasMessageContaining("starttls, tls or none");
        assertThatThrownBy(() -> with("SMTP_PORT", "70000")).hasMessageContaining("SMTP_PORT must be a port number");
        assertThatThrownBy(() -> with("SMTP_PORT", "smtp")).hasMessageContaining("not 'smtp'");
        assertThatThrownBy(() -> with("SMTP_USER", "site")).hasMessageContaining("set both or neither");
    }

    private static MailSettings with(String name, String value) {
        Map<String, String> env = new HashMap<>(SERVER);
        env.put(name, value);
        return MailSettings.fromEnvironment(env);
    }
}
