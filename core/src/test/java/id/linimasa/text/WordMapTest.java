package id.linimasa.text;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordMapTest {

    @Test
    void answersAsTheJdkMapOfTheSameEntries() {
        Random r = new Random(11);
        for (int size : new int[]{0, 1, 4, 33, 500}) {
            Map<String, Integer> entries = new HashMap<>();
            while (entries.size() < size) entries.put(word(r), r.nextInt(100));
            WordMap<Integer> map = WordMap.copyOf(entries);
            assertThat(map).hasSize(size).isEqualTo(entries);
            assertThat(new HashMap<>(map)).isEqualTo(entries);
            for (int k = 0; k < 2000; k++) {
                String w = word(r);
                assertThat(map.get(w)).as(w).isEqualTo(entries.get(w));
                assertThat(map.containsKey(w)).as(w).isEqualTo(entries.containsKey(w));
                assertThat(map.getOrDefault(w, -1)).as(w).isEqualTo(entries.getOrDefault(w, -1));
            }
        }
    }

    @Test
    void refusesNullAsMapCopyOfDoes() {
        WordMap<String> map = WordMap.copyOf(Map.of("ke", "PREP"));
        assertThatThrownBy(() -> map.get(null)).isInstanceOf(NullPointerException.class);
        assertThat(map.get((Object) 1)).isNull();
        Map<String, String> withNull = new HashMap<>();
        withNull.put("di", null);
        assertThatThrownBy(() -> WordMap.copyOf(withNull)).isInstanceOf(NullPointerException.class);
    }

    private static String word(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 1 + r.nextInt(5); i > 0; i--) b.append((char) ('a' + r.nextInt(5)));
        return b.toString();
    }
}
