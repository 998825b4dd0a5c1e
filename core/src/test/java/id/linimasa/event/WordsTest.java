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

    @Test
    void aTokenOfEveryArticleKeepsOneFormAndItsOwnPlace() {
        String first = "Nelayan Melaut lagi. Suratnya tiba, nelayan pulang.", second = "Perahu nelayan ditahan; suratnya hilang.";
        List<Words.Word> a = new Words(Tokens.of(first)).in(new Span(0, first.length()));
        List<Words.Word> b = new Words(Tokens.of(second)).in(new Span(0, second.length()));
        assertThat(a.get(0).form()).isSameAs(a.get(7).form()).isSameAs(b.get(1).form()); // "Nelayan", "nelayan"
        assertThat(b.get(1).start()).isEqualTo(second.indexOf("nelayan"));
        assertThat(b.get(4).bare()).isEqualTo("surat");
        assertThat(b.get(4).clitic()).isTrue();
        assertThat(b.get(3).punct()).isTrue();
        assertThat(b.get(3).lower()).isEqualTo(";");
    }
}
