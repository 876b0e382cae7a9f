package org.makemothersmatter.core.account;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** What an Argon2 hash says before its salt and digest: the variant, memory, passes and lanes. */
    private static String parameters(String hash) {
        return hash.substring(0, hash.lastIndexOf('$', hash.lastIndexOf('$') - 1));
    }
}
