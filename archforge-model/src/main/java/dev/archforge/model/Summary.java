package dev.archforge.model;

import java.util.Collection;

/** Counts of findings per severity. */
public record Summary(int errors, int warnings, int infos) {

    public static Summary of(Collection<Finding> findings) {
        int e = 0;
        int w = 0;
        int i = 0;
        for (Finding f : findings) {
            switch (f.severity()) {
                case ERROR -> e++;
                case WARNING -> w++;
                case INFO -> i++;
            }
        }
        return new Summary(e, w, i);
    }

    public int total() {
        return errors + warnings + infos;
    }
}
