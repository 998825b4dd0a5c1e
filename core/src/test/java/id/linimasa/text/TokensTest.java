package id.linimasa.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TokensTest {

    private static final String TEXT = "JAKARTA – Menlu Velkan bertemu menlu Talmora di Oskarvik, Kamis (13/3/2025). "
            + "Velkan menyebut U.S. dan \"Jenderal-jenderal\" sepakat 1,5 juta ton; ÉLYSÉE diam.\n\nVelkan (kanan) tiba.";

    @Test
    void cutsTheTextAsTheTokenizerDoesAndNamesEachDistinctTokenOnce() {
        Tokens t = Tokens.of(TEXT);
        List<Span> expected = Tokenizer.tokens(TEXT);
        assertThat(t.size()).isEqualTo(expected.size());
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            spans.add(new Span(t.start(i), t.end(i)));
            String token = expected.get(i).of(TEXT);
            assertThat(t.text(t.id(i))).isEqualTo(token);
            assertThat(t.lower(t.id(i))).isEqualTo(token.toLowerCase(Locale.ROOT));
            for (int j = 0; j < i; j++) assertThat(t.id(j) == t.id(i)).isEqualTo(expected.get(j).of(TEXT).equals(token));
        }
        assertThat(spans).isEqualTo(expected);
        assertThat(t.distinct()).isLessThan(t.size()); // "Velkan", ",", "." recur
        assertThat(t.lower(t.id(0))).isEqualTo("jakarta");
    }

    @Test
    void aStretchThatCutsNoTokenHasTheTokensOfItsOwn() {
        Tokens t = Tokens.of(TEXT);
        for (Span line : List.of(new Span(0, TEXT.indexOf('\n')), new Span(TEXT.lastIndexOf('\n') + 1, TEXT.length()))) {
            int[] range = t.range(line);
            assertThat(range).isNotNull();
            assertThat(Arrays.asList(t.spans(range[0], range[1]))).isEqualTo(Tokenizer.tokens(TEXT, line));
        }
        int velkan = TEXT.indexOf("Velkan");
        assertThat(t.range(new Span(velkan + 2, velkan + 20))).isNull(); // starts within "Velkan"
        int date = TEXT.indexOf("13/3");
        assertThat(t.range(new Span(date - 1, date + 3))).isNull(); // ends within "13/3/2025"
        assertThat(t.range(new Span(velkan - 1, velkan - 1))).containsExactly(t.firstEndingAfter(velkan - 1), t.firstEndingAfter(velkan - 1));
    }

    @Test
    void noneHasNoTokens() {
        assertThat(Tokens.NONE.size()).isZero();
        assertThat(Tokens.NONE.distinct()).isZero();
        assertThat(Tokens.of("  \n ").size()).isZero();
    }
}
