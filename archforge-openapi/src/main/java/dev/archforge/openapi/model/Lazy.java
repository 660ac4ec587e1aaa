package dev.archforge.openapi.model;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value computed once, on first use, under its own lock: threads asking for different indexes
 * of a document do not wait for each other, and threads asking for the same one wait for the
 * first instead of computing it again. A computation that throws is retried by the next caller.
 */
final class Lazy<T> {
    private final Supplier<T> compute;
    private volatile @Nullable T value;

    Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = compute.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
