package id.linimasa.event;

import id.linimasa.text.Span;
import id.linimasa.text.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

    @Test
    void aPassiveIsDiWithMoreThanThreeLettersAfterIt() {
        String text = "Kapal itu diusir dari perairan dan ditahan di dermaga dinas.";
        List<Words.Word> words = new Words(Tokens.of(text)).in(new Span(0, text.length()));
        assertThat(words.stream().filter(Words::passiveLike).map(Words.Word::lower)).containsExactly("diusir", "ditahan");
    }
}
