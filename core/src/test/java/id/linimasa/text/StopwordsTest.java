package id.linimasa.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StopwordsTest {

    @Test
    void countsTheFunctionWordsOfEachLanguageInAnyCase() {
        Stopwords.Counts c = Stopwords.count("Kata YANG dan Itu, the Which Varenia");
        assertThat(c.words()).isEqualTo(7);
        assertThat(c.indonesian()).isEqualTo(4); // Kata, YANG, dan, Itu
        assertThat(c.english()).isEqualTo(2); // the, Which
        assertThat(c.either()).isEqualTo(6);
        for (String w : Stopwords.INDONESIAN) assertThat(Stopwords.count(w.toUpperCase()).indonesian()).as(w).isEqualTo(1);
        for (String w : Stopwords.ENGLISH) assertThat(Stopwords.count(" " + w + ".").english()).as(w).isEqualTo(1);
    }

    @Test
    void wordsAreRunsOfLettersAndOnlyShortPlainOnesAreLookedUp() {
        assertThat(Stopwords.count("café dengan").either()).isEqualTo(1);
        assertThat(Stopwords.count("don't").words()).isEqualTo(2); // "don" and "t", neither a function word
        assertThat(Stopwords.count("don't").either()).isZero();
        assertThat(Stopwords.count("berkepanjangan sebagaimana").either()).isZero();
        assertThat(Stopwords.count("").words()).isZero();
        assertThat(Stopwords.count("nad da").either()).isZero();
        assertThat(Stopwords.count("dan-the").either()).isEqualTo(2);
    }
}
