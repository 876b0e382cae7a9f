package org.makemothersmatter.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    private final Passwords passwords = new Passwords();

    @Test
    void theDecoyCostsWhatACheckOfARealPasswordCosts() {
        String hash = passwords.hash("a password of a real account");
        assertThat(parameters(Passwords.DECOY)).isEqualTo(parameters(hash));
        assertThat(passwords.matches("a password of a real account", hash)).isTrue();
        assertThat(passwords.matches("a password of a real account", Passwords.DECOY)).isFalse();
    }

    @Test
    void aNewPasswordIsLongEnoughAndNotACommonOneWhateverItsCase() {
        assertThatThrownBy(() -> passwords.requireStrong("short")).isInstanceOf(AccountRefused.class)
                .hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> passwords.requireStrong("PassWord1234")).isInstanceOf(AccountRefused.class)
                .hasMessageContaining("most common");
        passwords.requireStrong("a password of a real account");
    }

    /** What an Argon2 hash says before its salt and digest: the variant, memory, passes and lanes. */
    private static String parameters(String hash) {
        return hash.substring(0, hash.lastIndexOf('$', hash.lastIndexOf('$') - 1));
    }
}
