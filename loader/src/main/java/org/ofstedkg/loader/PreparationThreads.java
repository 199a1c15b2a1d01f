package org.ofstedkg.loader;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs documents' preparation (reading, extraction, classification) on at most a given number of threads at once,
 * each within a time budget that starts when its work starts. A task over its budget is abandoned: its thread is
 * interrupted and left to end on its own, and its place goes to the next task at once. A thread pool would not
 * do: PDFBox and regular expressions do not heed interrupts, so a task that hangs would hold its pool thread for
 * good, and a few such files would stall the run. Threads are daemons, so an abandoned one never keeps the JVM up.
 */
final class PreparationThreads {

    private static final long NOT_STARTED = Long.MIN_VALUE;
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Semaphore places;
    private final long budgetNanos;

    PreparationThreads(int threads, Duration budget) {
        this.places = new Semaphore(threads);
        this.budgetNanos = budget.toNanos();
    }

    /** Starts {@code work} as soon as a place is free. */
    <T> Task<T> start(Supplier<T> work) {
        Task<T> task = new Task<>(work);
        Thread thread = new Thread(task::run, "ofsted-kg-reader");
        thread.setDaemon(true);
        task.thread = thread;
        thread.start();
        return task;
    }

    /** One document's preparation under way. */
    final class Task<T> {

        private final Supplier<T> work;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private final AtomicBoolean holdsPlace = new AtomicBoolean();
        private volatile long startedNanos = NOT_STARTED;
        private volatile Thread thread;

        private Task(Supplier<T> work) {
            this.work = work;
        }

        private void run() {
            try {
                places.acquire();
            } catch (InterruptedException e) {
                result.cancel(false);
                return;
            }
            holdsPlace.set(true);
            startedNanos = System.nanoTime();
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            } finally {
                release();
            }
        }

        private void release() {
            if (holdsPlace.compareAndSet(true, false)) {
                places.release();
            }
        }

        /**
         * The task's result, or {@code overBudget}'s when it runs past its budget (the task is then abandoned).
         *
         * @throws ExecutionException when the work threw
         */
        T await(Supplier<T> overBudget) throws InterruptedException, ExecutionException {
            while (true) {
                long started = startedNanos;
                long wait = started == NOT_STARTED
                        ? POLL_NANOS
                        : Math.min(POLL_NANOS, started + budgetNanos - System.nanoTime());
                try {
                    return result.get(Math.max(wait, 0), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (started != NOT_STARTED && System.nanoTime() - started >= budgetNanos && !result.isDone()) {
                        abandon();
                        return overBudget.get();
                    }
                }
            }
        }

        /** Whether the task has ended (or been abandoned): its result is there without waiting. */
        boolean isDone() {
            return result.isDone();
        }

        /** Stops waiting for the task and gives its place to the next; its thread is asked to stop. */
        void abandon() {
            result.cancel(false);
            release();
            Thread running = thread;
            if (running != null) {
                running.interrupt();
            }
        }
    }
}
