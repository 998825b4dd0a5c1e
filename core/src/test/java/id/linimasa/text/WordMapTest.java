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
    void findsAWordOfALongerTextAsItsLowerCasedCopy() {
        Random r = new Random(13);
        Map<String, Integer> entries = new HashMap<>();
        while (entries.size() < 40) entries.put(word(r), r.nextInt(100));
        WordMap<Integer> map = WordMap.copyOf(entries);
        for (int k = 0; k < 3000; k++) {
            // the word in mixed case inside other text, as a scan meets it
            String w = word(r);
            StringBuilder cased = new StringBuilder();
            for (char c : w.toCharArray()) cased.append(r.nextBoolean() ? Character.toUpperCase(c) : c);
            String text = "Ab " + cased + " cD";
            int from = 3, to = 3 + w.length();
            assertThat(map.getAsciiLowerCased(text, from, to, w.hashCode())).as(text).isEqualTo(entries.get(w));
            // a word one letter longer or shorter than a key is not that key
            assertThat(map.getAsciiLowerCased(text, from, to + 1, (w + " ").hashCode())).isNull();
            if (w.length() > 1) assertThat(map.getAsciiLowerCased(text, from, to - 1, w.substring(0, w.length() - 1).hashCode()))
                    .isEqualTo(entries.get(w.substring(0, w.length() - 1)));
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
