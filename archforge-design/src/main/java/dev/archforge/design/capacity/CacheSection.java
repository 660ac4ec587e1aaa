package dev.archforge.design.capacity;

import dev.archforge.design.plan.CacheEntry;
import dev.archforge.design.plan.CapacityPlan.Section;
import dev.archforge.design.plan.Names;
import dev.archforge.design.plan.Quantity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/** Cache memory from key counts and value sizes of each cache entry, with headroom. */
final class CacheSection {
    private static final double MB = 1_000_000;

    private CacheSection() {}

    static Section build(PlanInput in) {
        List<Quantity> out = new ArrayList<>();
        double total = 0;
        StringJoiner sum = new StringJoiner(" + ");
        Set<String> slugs = new HashSet<>();
        for (CacheEntry entry : in.architecture().cache()) {
            String slug = slug(entry);
            for (int n = 2; !slugs.add(slug); n++) {
                slug = slug(entry) + "-" + n;
            }
            int keyBytes = keyBytes(entry.keyPattern());
            double mb = Numbers.round(
                    entry.keys() * (double) (entry.valueBytes() + keyBytes + Sizing.CACHE_OVERHEAD_BYTES) / MB);
            total += mb;
            sum.add(Numbers.format(mb) + " MB");
            out.add(new Quantity(
                    "cache." + slug + ".memory",
                    "Cache memory for " + entry.what(),
                    mb,
                    "MB",
                    Numbers.format(entry.keys()) + " keys × (" + Numbers.format(entry.valueBytes()) + " B value + "
                            + keyBytes + " B key + " + Sizing.CACHE_OVERHEAD_BYTES + " B overhead)"));
        }
        if (out.isEmpty()) {
            out.add(new Quantity("cache.memory", "Cache memory", 0, "MB", "no cache in this design"));
        } else {
            out.add(new Quantity(
                    "cache.memory",
                    "Cache memory with headroom",
                    Numbers.round(Numbers.round(total) * Sizing.CACHE_HEADROOM),
                    "MB",
                    "(" + sum + ") × " + Numbers.format(Sizing.CACHE_HEADROOM) + " headroom"));
        }
        return new Section("Cache", out);
    }

    /** The id segment of an entry: the literal parts of its key pattern ({@code plan:{id}} → {@code plan}). */
    static String slug(CacheEntry entry) {
        StringJoiner parts = new StringJoiner("-");
        for (String part : entry.keyPattern().split(":")) {
            if (!part.isEmpty() && part.indexOf('{') < 0) {
                parts.add(Names.kebab(part));
            }
        }
        String slug = parts.toString();
        return slug.isEmpty() ? Names.kebab(entry.what().replace(' ', '-')) : slug;
    }

    /** Bytes of a key: the pattern with each {@code {placeholder}} taken as a 36-character UUID. */
    static int keyBytes(String pattern) {
        int bytes = 0;
        boolean inside = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') {
                inside = true;
                bytes += 36;
            } else if (c == '}') {
                inside = false;
            } else if (!inside) {
                bytes++;
            }
        }
        return bytes;
    }
}
