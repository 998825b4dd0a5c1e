package id.linimasa.entity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class WordRunTest {

    private static final List<String> WORDS = List.of("kata", "Penjaga", "Pantai", "Laut", "Banda", "hari", "ini");

    @Test
    void readsTheWordsJoinedBySpaces() {
        WordRun run = new WordRun(WORDS, 1, 4);
        String joined = "Penjaga Pantai Laut";
        assertThat(run.toString()).isEqualTo(joined);
        assertThat(run.length()).isEqualTo(joined.length());
        for (int i = 0; i < joined.length(); i++) assertThat(run.charAt(i)).isEqualTo(joined.charAt(i));
        assertThat(run.ascii()).isTrue();
        assertThat(run.lowerHash()).isEqualTo(joined.toLowerCase(Locale.ROOT).hashCode());
    }

    @Test
    void tellsARunWithCharsBeyondAscii() {
        assertThat(new WordRun(List.of("Kota", "Bogotá"), 0, 2).ascii()).isFalse();
        assertThat(new WordRun(WORDS, 4, 5).ascii()).isTrue();
    }
}
