package org.newsgraph.pipeline;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a stateless step on worker threads and hands its results to a stateful consumer in submission order, on
 * the submitting thread. At most {@code window} items are in flight: {@link #submit} first hands finished results
 * on, and waits for the oldest item when the window is full (back-pressure instead of an unbounded buffer).
 * A failure of the step on one item (an unchecked exception) reaches the consumer as that item's failure, in order;
 * an exception thrown by the consumer ends the run and propagates from {@code submit} or {@link #finish}.
 *
 * <p>One submitting thread; not for use from several.
 *
 * @param <T> what is submitted
 * @param <R> what the step makes of it
 */
public final class InOrderWorkers<T, R> implements AutoCloseable {
    /** What the consumer receives per item: its result, or the step's failure on it (exactly one is non-null). */
    public record Done<T, R>(T input, R result, RuntimeException failure) {
    }

    private final ExecutorService pool;
    private final Function<T, R> step;
    private final Consumer<Done<T, R>> consumer;
    private final int window;
    private final ArrayDeque<Pending<T, R>> inFlight = new ArrayDeque<>();

    private record Pending<T, R>(T input, Future<R> future) {
    }

    /**
     * @param threads  worker threads (at least 1)
     * @param window   items in flight at most (at least {@code threads})
     * @param step     the stateless step, run on the workers; must be thread-safe
     * @param consumer receives each item's outcome in submission order, on the submitting thread
     */
    public InOrderWorkers(int threads, int window, Function<T, R> step, Consumer<Done<T, R>> consumer) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.step = Objects.requireNonNull(step);
        this.consumer = Objects.requireNonNull(consumer);
        this.window = Math.max(window, threads);
        this.pool = Executors.newFixedThreadPool(threads, daemons());
    }

    /** The number of worker threads that keeps every core busy: one per available processor. */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Queues one item; hands every finished result on first, and waits while the window is full. */
    public void submit(T input) {
        while (!inFlight.isEmpty() && inFlight.peekFirst().future().isDone()) {
            handOn(inFlight.pollFirst());
        }
        while (inFlight.size() >= window) {
            handOn(inFlight.pollFirst());
        }
        inFlight.addLast(new Pending<>(input, pool.submit(() -> step.apply(input))));
    }

    /** Waits for every item in flight and hands each on, in order. */
    public void finish() {
        while (!inFlight.isEmpty()) {
            handOn(inFlight.pollFirst());
        }
    }

    private void handOn(Pending<T, R> pending) {
        R result;
        try {
            result = pending.future().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                consumer.accept(new Done<>(pending.input(), null, r));
                return;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        consumer.accept(new Done<>(pending.input(), result, null));
    }

    /** Stops the workers; items still in flight are dropped (call {@link #finish} first to keep them). */
    @Override
    public void close() {
        inFlight.forEach(p -> p.future().cancel(true));
        inFlight.clear();
        pool.shutdownNow();
    }

    private static ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "newsgraph-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
