package id.linimasa.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StopwordsTest {

    private static long code(String w) {
        return Stopwords.code(w, 0, w.length());
    }

    @Test
    void aWordOfTheTextIsLookedUpByItsCodeInAnyCase() {
        String text = "Kata YANG dan Itu, the Which";
        assertThat(Stopwords.isIndonesian(Stopwords.code(text, 5, 9))).isTrue(); // "YANG"
        assertThat(Stopwords.isEnglish(Stopwords.code(text, 5, 9))).isFalse();
        assertThat(Stopwords.isStopword(Stopwords.code(text, 10, 13))).isTrue(); // "dan"
        assertThat(Stopwords.isEnglish(Stopwords.code(text, 19, 22))).isTrue(); // "the"
        assertThat(Stopwords.isStopword(code("Varenia"))).isFalse();
        for (String w : Stopwords.INDONESIAN) if (code(w) != 0) assertThat(Stopwords.isIndonesian(code(w.toUpperCase()))).as(w).isTrue();
    }

    @Test
    void wordsThatAreNotPlainAsciiLettersHaveNoCode() {
        assertThat(code("café")).isZero();
        assertThat(code("don't")).isZero();
        assertThat(code("berkepanjangan")).isZero(); // longer than any function word
        assertThat(code("")).isZero();
        assertThat(code("dan")).isNotEqualTo(code("nad")).isNotEqualTo(code("da"));
    }
}
