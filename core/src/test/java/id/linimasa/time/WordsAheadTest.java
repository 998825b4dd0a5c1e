package id.linimasa.time;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsAheadTest {

    @Test
    void theWordAfterAFirstWord() {
        AfterNumber.Test soon = WordsAhead.after("dalam", "waktu");
        assertThat(soon.mayMatch("dalam waktu dekat", 0)).isTrue();
        assertThat(soon.mayMatch("Dalam\n WAKTU dekat", 0)).isTrue();
        assertThat(soon.mayMatch("dalam rapat itu", 0)).isFalse();
        assertThat(soon.mayMatch("dalam-waktu", 0)).isFalse();
        assertThat(soon.mayMatch("dalam", 0)).isFalse();
        // other first words are not tested
        assertThat(soon.mayMatch("dalamnya laut", 0)).isTrue();
        assertThat(soon.mayMatch("saat ini", 0)).isTrue();
    }

    @Test
    void aWordBeginningWithinReach() {
        AfterNumber.Test unit = WordsAhead.beginning(1, 3, "tahun", "hari");
        assertThat(unit.mayMatch("sekitar tiga tahun lalu", 0)).isTrue();
        assertThat(unit.mayMatch("sekitar dua puluh hari", 0)).isTrue();
        assertThat(unit.mayMatch("sekitar dua puluh tiga hari", 0)).isFalse();
        assertThat(unit.mayMatch("tahun lalu", 0)).isFalse();
        assertThat(unit.mayMatch("sekitar", 0)).isFalse();
    }

    @Test
    void aWordHoldingAPart() {
        AfterNumber.Test kali = WordsAhead.holding(2, "kali");
        assertThat(kali.mayMatch("dua kali sebulan", 0)).isTrue();
        assertThat(kali.mayMatch("sebulan sekali", 0)).isTrue();
        assertThat(kali.mayMatch("dua orang kali", 0)).isFalse();
    }

    @Test
    void combined() {
        AfterNumber.Test every = WordsAhead.either(WordsAhead.opening("setiap"), WordsAhead.holding(2, "kali"));
        assertThat(every.mayMatch("setiap tahun", 0)).isTrue();
        assertThat(every.mayMatch("dua tahun", 0)).isFalse();
        assertThat(WordsAhead.both(every, WordsAhead.after("setiap", "hari")).mayMatch("setiap tahun", 0)).isFalse();
    }
}
