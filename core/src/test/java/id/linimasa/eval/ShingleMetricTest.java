package id.linimasa.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ShingleMetricTest {

    @Test
    void precisionAndRecallCountShared4TokenShingles() {
        // expected: 6 tokens -> 3 shingles; extracted adds two tokens -> 5 shingles, 3 shared
        ShingleMetric.Score s = ShingleMetric.score("satu dua tiga empat lima enam", "satu dua tiga empat lima enam tujuh delapan");
        assertThat(s.precision()).isCloseTo(3 / 5.0, within(1e-9));
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void emptyCases() {
        assertThat(ShingleMetric.score("", "")).isEqualTo(new ShingleMetric.Score(1, 1));
        assertThat(ShingleMetric.score("ada isi di sini", "")).isEqualTo(new ShingleMetric.Score(0, 0));
        assertThat(ShingleMetric.f1(0.5, 1.0)).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void tokensAreUnicodeWordsSoPunctuationDoesNotMatter() {
        assertThat(ShingleMetric.score("Kafé, “baru” dibuka—hari ini!", "Kafé baru dibuka hari ini").precision()).isEqualTo(1.0);
    }
}
