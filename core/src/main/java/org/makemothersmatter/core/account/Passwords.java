package org.makemothersmatter.core.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/** Password hashing with Argon2id (19 MiB, 2 passes: the OWASP baseline), never stored in clear. */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    /**
     * Checked against when no account matches, so that an unknown address takes as long as a wrong password: the
     * hash of a password no account has, with the parameters above, written here rather than computed at each
     * start, where it took half of the start's own work.
     */
    static final String DECOY =
            "$argon2id$v=19$m=19456,t=2,p=1$9cP9gv1bcZ04dkhqG3zh0g$SrftF2pZ6cqPV1tWstovtaTI/s2lCeoQw66h4XBuvVo";

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public boolean matches(String password, String hash) {
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    public void spendTheTimeOfACheck(String password) {
        matches(password, DECOY);
    }

    /** Why a new password is refused, or null if it is acceptable. */
    public static String weakness(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "A password needs at least " + MIN_LENGTH + " characters.";
        }
        return null;
    }
}
