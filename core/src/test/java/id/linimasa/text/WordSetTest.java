package id.linimasa.text;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordSetTest {

    @Test
    void answersAsTheJdkSetOfTheSameWords() {
        Random r = new Random(7);
        for (int size : new int[]{0, 1, 2, 3, 5, 17, 100, 1000}) {
            Set<String> words = new HashSet<>();
            while (words.size() < size) words.add(word(r));
            WordSet set = WordSet.copyOf(words);
            assertThat(set).hasSize(size).isEqualTo(words);
            assertThat(new HashSet<>(set)).isEqualTo(words);
            for (String w : words) assertThat(set.contains(w)).as(w).isTrue();
            for (int k = 0; k < 2000; k++) {
                String w = word(r);
                assertThat(set.contains(w)).as(w).isEqualTo(words.contains(w));
            }
        }
    }

    @Test
    void findsAStretchOfTextAsItsLowerCasedCopy() {
        WordSet set = WordSet.of("dolar", "yen", "isık", "é");
        String text = "20 DOLAR, Yen; yenn ISIK Isık É é Dolar";
        Random r = new Random(5);
        for (int k = 0; k < 500; k++) {
            int from = r.nextInt(text.length()), to = from + r.nextInt(text.length() - from + 1);
            String copy = text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
            assertThat(set.containsLowerCased(text, from, to)).as(copy).isEqualTo(set.contains(copy));
        }
        assertThat(set.containsLowerCased(text, 3, 8)).isTrue();
        assertThat(set.containsLowerCased(text, 15, 19)).isFalse();
        assertThat(set.containsLowerCased(text, 25, 29)).isTrue();
    }

    @Test
    void keepsOneOfEachWordAndRefusesNull() {
        WordSet set = WordSet.copyOf(List.of("dan", "serta", "dan"));
        assertThat(set).containsExactlyInAnyOrder("dan", "serta");
        assertThat(set.contains((Object) 3)).isFalse();
        assertThatThrownBy(() -> set.contains(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> WordSet.of("a", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void ofRefusesAWordGivenTwiceAsSetOfDoes() {
        assertThatThrownBy(() -> WordSet.of("dan", "serta", "dan")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dan");
        assertThat(WordSet.of("dan", "serta")).containsExactlyInAnyOrder("dan", "serta");
    }

    private static String word(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 1 + r.nextInt(6); i > 0; i--) b.append((char) ('a' + r.nextInt(6)));
        return b.toString();
    }
}
