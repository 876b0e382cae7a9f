package org.makemothersmatter.sites.network.durability;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Client threads, each doing its work against a site over and over until the site stops answering. Once the
 * site is being killed or stopped ({@link #ending()}), a refused or closed connection ends a thread quietly;
 * before, it fails the test, as any other failure of a thread does.
 */
final class Load {

    private final ExecutorService threads;
    private final List<Future<?>> workers;
    private volatile boolean ending;

    /** Starts {@code count} threads, each running {@code work} with its number, from 1. */
    Load(int count, IntConsumer work) {
        threads = Executors.newFixedThreadPool(count);
        workers = IntStream.rangeClosed(1, count).<Future<?>>mapToObj(n -> threads.submit(() -> {
            try {
                work.accept(n);
            } catch (UncheckedIOException closed) {
                if (!ending) {
                    throw closed;
                }
            }
        })).toList();
    }

    /** From now on the site may stop answering. */
    void ending() {
        ending = true;
    }

    /** Waits until {@code ready}; fails at once with the failure of a thread, should one end before. */
    void awaitUntil(BooleanSupplier ready, Duration bound) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!ready.getAsBoolean()) {
            for (Future<?> worker : workers) {
                if (worker.isDone()) {
                    worker.get();
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The clients' work is not under way after " + bound);
            }
            SiteProcess.pause(Duration.ofMillis(50));
        }
    }

    /** Waits for every thread to end, and fails with the first failure of one. */
    void await(Duration bound) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + bound.toNanos();
        try {
            for (Future<?> worker : workers) {
                worker.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
