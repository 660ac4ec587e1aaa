package dev.archforge.lint;

import dev.archforge.model.CancelledException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent tasks on a pool of daemon threads made for the call (as many as the cores and no
 * more than the tasks; see ADR 0005 for why not a shared pool) and returns their results in the
 * order of the tasks, so the outcome is the one a sequential run gives. What a task throws is thrown
 * again as it was, the first task's first. One task, or one core, runs on the calling thread.
 *
 * <p>An interrupted calling thread ends the run with {@link CancelledException}: the tasks not yet
 * started never start, and the running ones are interrupted, so nested runs end at their next task.
 * That is how a cancelled MCP call stops its review between files and between rules.
 */
public final class InOrder {
    private InOrder() {}

    public static <R> List<R> run(List<? extends Callable<R>> tasks, String threadName) {
        CancelledException.throwIfInterrupted();
        int threads = Math.min(tasks.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            List<R> out = new ArrayList<>(tasks.size());
            for (Callable<R> task : tasks) {
                CancelledException.throwIfInterrupted();
                out.add(call(task));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(tasks.size());
            for (Callable<R> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<R> out = new ArrayList<>(tasks.size());
            for (Future<R> f : futures) {
                out.add(join(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
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

    private static <R> R join(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            // the caller gave up: the finally block of run interrupts the tasks still running
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
