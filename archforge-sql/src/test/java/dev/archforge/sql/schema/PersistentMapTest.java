package dev.archforge.sql.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
    void unchangedMapsAreReturnedAsTheyAre() {
        PersistentMap<Integer> one = PersistentMap.<Integer>empty().with("a", 1);
        assertThat(one.without("b")).isSameAs(one);
        assertThat(one.get("b")).isNull();
        assertThat(one.containsKey("a")).isTrue();
        assertThat(PersistentMap.copyOf(one)).isSameAs(one);
    }
}
