package dev.archforge.lint;

import dev.archforge.model.CancelledException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import org.jspecify.annotations.Nullable;

/**
 * Runs independent tasks on a work-stealing pool of daemon threads made for the call (as many as the
 * cores and no more than the tasks; see ADR 0005 for why not a shared pool) and returns their results
 * in the order of the tasks, so the outcome is the one a sequential run gives. What a task throws is
 * thrown again as it was, the first task's first. One task, or one core, runs on the calling thread.
 *
 * <p>A run started from a task of another run joins that run's pool instead of making its own: the
 * engine runs SQL sets side by side, and each set parses its files and runs its rules side by side;
 * with a pool per run, two sets under way kept four threads computing on two cores. A task waiting
 * for its own tasks' results runs queued tasks meanwhile.
 *
 * <p>An interrupted calling thread ends the run with {@link CancelledException}: the tasks not yet
 * started never start, and the running ones are interrupted, so nested runs end at their next task.
 * That is how a cancelled MCP call stops its review between files and between rules.
 */
public final class InOrder {
    private InOrder() {}

    public static <R> List<R> run(List<? extends Callable<R>> tasks, String threadName) {
        CancelledException.throwIfInterrupted();
        if (Thread.currentThread() instanceof Worker) {
            return joinInOrder(forkAll(tasks)); // a task of an outer run: its pool
        }
        int threads = Math.min(tasks.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            List<R> out = new ArrayList<>(tasks.size());
            for (Callable<R> task : tasks) {
                CancelledException.throwIfInterrupted();
                out.add(call(task));
            }
            return out;
        }
        ForkJoinPool pool = new ForkJoinPool(threads, p -> new Worker(p, threadName), null, false);
        try {
            ForkJoinTask<Outcome<List<R>>> root = pool.submit(() -> Outcome.of(() -> joinInOrder(forkAll(tasks))));
            return root.get().get();
        } catch (InterruptedException e) {
            // the caller gave up: the finally block cancels the queued tasks and interrupts the running ones
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException | CancellationException e) {
            throw new IllegalStateException("a review task ended outside its own handling", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Forks the tasks last first, so the first is on top of this worker's queue when it is joined. */
    private static <R> List<ForkJoinTask<Outcome<R>>> forkAll(List<? extends Callable<R>> tasks) {
        List<ForkJoinTask<Outcome<R>>> forked = new ArrayList<>(Collections.nCopies(tasks.size(), null));
        for (int i = tasks.size() - 1; i >= 0; i--) {
            Callable<R> task = tasks.get(i);
            forked.set(
                    i,
                    ForkJoinTask.adapt(() -> Outcome.of(() -> {
                                CancelledException.throwIfInterrupted();
                                return task.call();
                            }))
                            .fork());
        }
        return forked;
    }

    private static <R> List<R> joinInOrder(List<ForkJoinTask<Outcome<R>>> forked) {
        List<R> out = new ArrayList<>(forked.size());
        for (int i = 0; i < forked.size(); i++) {
            Outcome<R> done;
            try {
                done = forked.get(i).join();
            } catch (CancellationException e) {
                throw new CancelledException(); // the pool was shut down: the caller gave up
            }
            if (done.thrown() != null) {
                for (int j = i + 1; j < forked.size(); j++) {
                    forked.get(j).cancel(false);
                }
            }
            out.add(done.get());
        }
        return out;
    }

    /**
     * What a task returned or threw. Tasks never throw into the pool: a fork-join task rethrows another
     * thread's exception as a copy made by reflection, and a task's exception must reach the caller as it was.
     */
    private record Outcome<R>(@Nullable R value, @Nullable Throwable thrown) {
        static <R> Outcome<R> of(Callable<R> task) {
            try {
                return new Outcome<>(task.call(), null);
            } catch (Exception | Error e) { // NOPMD: carried to the caller and thrown there as it was
                return new Outcome<>(null, e);
            }
        }

        @SuppressWarnings("NullAway") // a task may return null; callers of run get what it returned
        R get() {
            Throwable t = thrown;
            if (t == null) {
                return value;
            }
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(t);
        }
    }

    /** A thread of a run's pool, named for the run, daemon so a stuck task never keeps the JVM alive. */
    private static final class Worker extends ForkJoinWorkerThread {
        Worker(ForkJoinPool pool, String name) {
            super(pool);
            setName(name);
            setDaemon(true);
        }
    }

    private static <R> R call(Callable<R> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
