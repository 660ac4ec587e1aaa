package dev.archforge.sql.schema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A relative migration path as {@link MigrationFiles#VERSION_ORDER} compares it: segment by segment. */
record PathKey(List<SegmentKey> segments) implements Comparable<PathKey> {
    static PathKey of(Path relative) {
        List<SegmentKey> segments = new ArrayList<>(relative.getNameCount());
        for (Path name : relative) {
            segments.add(SegmentKey.of(name.toString()));
        }
        return new PathKey(List.copyOf(segments));
    }

    @Override
    public int compareTo(PathKey other) {
        int n = Math.min(segments.size(), other.segments.size());
        for (int i = 0; i < n; i++) {
            int c = segments.get(i).compareTo(other.segments.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(segments.size(), other.segments.size());
    }
}
