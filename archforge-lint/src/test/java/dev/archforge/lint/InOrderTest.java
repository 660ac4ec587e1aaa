package dev.archforge.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.archforge.model.CancelledException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An interrupted caller ends a run with {@link CancelledException} and leaves no task running. */
class InOrderTest {
    @AfterEach
    void clearTheInterrupt() {
        Thread.interrupted();
    }

    @Test
    void givesTheResultsInTheOrderOfTheTasks() {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            tasks.add(() -> n * n);
        }
        assertThat(InOrder.run(tasks, "test").subList(0, 4)).containsExactly(0, 1, 4, 9);
    }

    @Test
    void anInterruptedCallerStartsNoTask() {
        AtomicInteger started = new AtomicInteger();
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> InOrder.run(List.of(started::incrementAndGet), "test"))
                .isInstanceOf(CancelledException.class)
                .hasMessage("the work was cancelled");
        assertThat(started).hasValue(0);
        assertThat(Thread.currentThread().isInterrupted())
                .as("the interrupt stays set")
                .isTrue();
    }

    @Test
    void interruptingTheCallerInterruptsTheRunningTasksAndStartsNoOther() throws InterruptedException {
        int cores = Runtime.getRuntime().availableProcessors();
        assumeTrue(cores >= 2, "the tasks run on the calling thread with one core");
        Thread caller = Thread.currentThread();
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch allStopped = new CountDownLatch(cores);
        AtomicInteger started = new AtomicInteger();
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < cores * 10; i++) {
            tasks.add(() -> {
                if (started.incrementAndGet() == cores) {
                    caller.interrupt();
                }
                try {
                    never.await();
                } catch (InterruptedException e) {
                    allStopped.countDown();
                }
                return 0;
            });
        }
        assertThatThrownBy(() -> InOrder.run(tasks, "test")).isInstanceOf(CancelledException.class);
        assertThat(Thread.interrupted()).isTrue();
        assertThat(allStopped.await(10, TimeUnit.SECONDS))
                .as("every running task was interrupted")
                .isTrue();
        assertThat(started).hasValue(cores);
    }
}
