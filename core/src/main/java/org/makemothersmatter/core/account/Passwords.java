package org.makemothersmatter.core.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Password hashing with Argon2id (19 MiB, 2 passes: the OWASP baseline), never stored in clear; and what a new
 * password must be: long enough, and none of the common passwords of {@link #COMMON}, which are tried first.
 * Hashes are computed by {@link #THREADS} threads at most, with {@link #WAITING} more waiting their turn, and the
 * threads rest between hashes so that together they never use more than {@link #SHARE} of the processors' time: a
 * flood of sign-ins leaves the rest to the public pages (on two processors, one thread busy half the time), and
 * beyond the queue a hash is refused at once as {@link Busy} rather than making everyone wait longer.
 */
@Singleton
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    /** The common passwords, lowercased, shipped with the site: it asks no other server. */
    static final String COMMON = "account/common-passwords.txt";
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    /**
     * Checked against when no account matches, so that an unknown address takes as long as a wrong password: the
     * hash of a password no account has, with the parameters above, written here rather than computed at each
     * start, where it took half of the start's own work.
     */
    static final String DECOY =
            "$argon2id$v=19$m=19456,t=2,p=1$9cP9gv1bcZ04dkhqG3zh0g$SrftF2pZ6cqPV1tWstovtaTI/s2lCeoQw66h4XBuvVo";

    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();
    /** The part of the processors' time hashing may take. */
    static final double SHARE = 0.25;
    static final int THREADS = Math.max(1, (int) (PROCESSORS * SHARE));
    static final int WAITING = 4 * THREADS;
    /** How long a hashing thread rests after a hash, for each unit of time the hash took: none from four processors. */
    private static final double REST = Math.max(0, THREADS / (PROCESSORS * SHARE) - 1);

    private final Set<String> common;
    private final ThreadPoolExecutor hashing;
    /** The sign-ins under way: as many as the hashing threads and their queue take, so that none waits in vain. */
    private final Semaphore turns = new Semaphore(THREADS + WAITING);
    /** How many hashes were computed, decoys included. */
    private final AtomicLong computed = new AtomicLong();

    public Passwords() {
        try (InputStream in = Passwords.class.getClassLoader().getResourceAsStream(COMMON)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords " + COMMON + " is missing");
            }
            common = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + COMMON, e);
        }
        hashing = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING),
                task -> {
                    Thread thread = new Thread(task, "password-hashing");
                    thread.setDaemon(true);
                    return thread;
                }) {
            private final ThreadLocal<Long> started = new ThreadLocal<>();

            @Override
            protected void beforeExecute(Thread thread, Runnable task) {
                started.set(System.nanoTime());
            }

            /** Runs once the hash is handed over, so the rest delays the next hash, never the sign-in waiting. */
            @Override
            protected void afterExecute(Runnable task, Throwable failure) {
                rest((long) ((System.nanoTime() - started.get()) * REST));
            }
        };
        hashing.allowCoreThreadTimeOut(true);
    }

    private static void rest(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String hash(String password) {
        return computed(() -> Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult());
    }

    public boolean matches(String password, String hash) {
        return computed(() -> Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash)));
    }

    public void spendTheTimeOfACheck(String password) {
        matches(password, DECOY);
    }

    /**
     * Runs a sign-in if one of the turns the hashing threads can serve is free, else refuses it at once as
     * {@link Busy}: a flood of sign-ins costs the site neither a hash nor a query of the database beyond its turns.
     */
    public <T> T inTurn(Supplier<T> signIn) {
        if (!turns.tryAcquire()) {
            throw new Busy();
        }
        try {
            return signIn.get();
        } finally {
            turns.release();
        }
    }

    /** Whether a sign-in would be served now: false while every turn is taken, as during a flood. */
    public boolean hasTurn() {
        return turns.availablePermits() > 0;
    }

    long computed() {
        return computed.get();
    }

    /** Runs a computation of a hash on the threads for it, waiting for its turn unless too many already wait. */
    private <T> T computed(Callable<T> computation) {
        try {
            return hashing.submit(() -> {
                computed.incrementAndGet();
                return computation.call();
            }).get();
        } catch (RejectedExecutionException e) {
            throw new Busy();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking a password", e);
        }
    }

    /** Too many passwords are being checked at this moment: the request should be tried again in a few seconds. */
    public static final class Busy extends RuntimeException {

        Busy() {
            super("Too many passwords are being checked at this moment", null, false, false);
        }
    }

    /** Refuses a new password that is too short or one of the common ones, whatever its case. */
    void requireStrong(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new AccountRefused("password", "A password needs at least " + MIN_LENGTH + " characters.",
                    MIN_LENGTH);
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            throw new AccountRefused("common", "This password is one of the most common ones, tried first.");
        }
    }
}
