package org.makemothersmatter.core.media;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The turns uploads take to be decoded, which is what takes memory: a few at once, the others waiting in the order
 * they came, each for a bounded time. One for the whole server.
 */
@Singleton
public final class DecodingTurns {

    /** How long an upload waits for its turn by default before it is answered that the server is busy. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Semaphore turns;
    private final Duration wait;

    /**
     * As many turns as half the heap holds at the most an image may take decoded, and no more than the processors,
     * which decoding keeps busy; always one.
     */
    @Inject
    public DecodingTurns() {
        this(turnsFor(Runtime.getRuntime()), WAIT);
    }

    public DecodingTurns(int turns, Duration wait) {
        this.turns = new Semaphore(turns, true);
        this.wait = wait;
    }

    /** Does the work once it is its turn; {@link Images.Busy} if none came in time. */
    public <T> T take(Supplier<T> work) {
        try {
            if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Images.Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Images.Busy();
        }
        try {
            return work.get();
        } finally {
            turns.release();
        }
    }

    private static int turnsFor(Runtime runtime) {
        long byMemory = runtime.maxMemory() / 2 / Images.MAX_DECODED_BYTES;
        return (int) Math.max(1, Math.min(runtime.availableProcessors(), byMemory));
    }
}
