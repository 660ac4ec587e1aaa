package dev.archforge.sql.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PersistentMapTest {
    @Test
    void agreesWithTreeMapUnderRandomChangesAndKeepsEveryVersion() {
        Random random = new Random(42);
        TreeMap<String, Integer> expected = new TreeMap<>();
        PersistentMap<Integer> map = PersistentMap.empty();
        List<PersistentMap<Integer>> versions = new ArrayList<>();
        List<TreeMap<String, Integer>> expectedVersions = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String key = "t" + random.nextInt(400);
            if (random.nextInt(4) == 0) {
                expected.remove(key);
                map = map.without(key);
            } else {
                expected.put(key, i);
                map = map.with(key, i);
            }
            if (i % 500 == 0) {
                versions.add(map);
                expectedVersions.add(new TreeMap<>(expected));
            }
        }
        assertThat(map).isEqualTo(expected);
        assertThat(new ArrayList<>(map.keySet())).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(map.size()).isEqualTo(expected.size());
        for (int v = 0; v < versions.size(); v++) {
            assertThat(versions.get(v)).isEqualTo(expectedVersions.get(v));
        }
    }

    @Test
    void mapsWithTheSameEntriesIterateAlikeWhateverTheOrderOfChanges() {
        PersistentMap<Integer> a = PersistentMap.empty();
        PersistentMap<Integer> b = PersistentMap.empty();
        for (int i = 0; i < 300; i++) {
            a = a.with("k" + i, i);
            b = b.with("k" + (299 - i), 299 - i);
        }
        b = b.with("extra", 0).without("extra");
        assertThat(new ArrayList<>(a.keySet())).isEqualTo(new ArrayList<>(b.keySet()));
    }

    @Test
    void diffReportsExactlyTheEntriesThatChangedBetweenAnyTwoVersions() {
        Random random = new Random(7);
        List<PersistentMap<Integer>> versions = new ArrayList<>();
        PersistentMap<Integer> map = PersistentMap.empty();
        for (int i = 0; i < 3_000; i++) {
            // colliding hashes ("Aa" and "BB") test the tie-break by key
            String key = random.nextInt(10) == 0 ? (random.nextBoolean() ? "Aa" : "BB") : "t" + random.nextInt(300);
            map = random.nextInt(3) == 0 ? map.without(key) : map.with(key, Integer.valueOf(i));
            versions.add(map);
        }
        for (int trial = 0; trial < 400; trial++) {
            PersistentMap<Integer> before = versions.get(random.nextInt(versions.size()));
            PersistentMap<Integer> after = trial % 2 == 0
                    ? versions.get(random.nextInt(versions.size()))
                    : versions.get(Math.min(versions.size() - 1, versions.indexOf(before) + 1 + random.nextInt(5)));
            TreeMap<String, String> expected = new TreeMap<>();
            TreeMap<String, Integer> all = new TreeMap<>(before);
            all.putAll(after);
            for (String k : all.keySet()) {
                Integer b = before.get(k);
                Integer a = after.get(k);
                if (!Objects.equals(b, a)) { // each write stores a new value, so equal means the same one
                    expected.put(k, b + "->" + a);
                }
            }
            TreeMap<String, String> actual = new TreeMap<>();
            PersistentMap.diff(before, after, (k, b, a) -> assertThat(actual.put(k, b + "->" + a))
                    .isNull());
            assertThat(actual).isEqualTo(expected);
        }
    }

    @Test
    void unchangedMapsAreReturnedAsTheyAre() {
        PersistentMap<Integer> one = PersistentMap.<Integer>empty().with("a", 1);
        assertThat(one.without("b")).isSameAs(one);
        assertThat(one.get("b")).isNull();
        assertThat(one.containsKey("a")).isTrue();
        assertThat(PersistentMap.copyOf(one)).isSameAs(one);
    }
}
