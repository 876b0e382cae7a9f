package org.makemothersmatter.core.backup;

/** A backup or restore refused or failed, with the reason an operator reads: one line, starting lower-case. */
public final class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }
}
