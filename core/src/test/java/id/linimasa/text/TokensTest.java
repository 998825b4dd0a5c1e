package id.linimasa.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
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
            TokenSpans spans = t.spans(range[0], range[1]);
            assertThat(spans).isEqualTo(Tokenizer.tokens(TEXT, line));
            for (int i = 0; i < spans.size(); i++) {
                assertThat(spans.lastStartingBy(spans.start(i))).isEqualTo(i);
                assertThat(spans.lastStartingBy(spans.end(i) - 1)).isEqualTo(i);
            }
            assertThat(spans.lastStartingBy(line.start() - 1)).isEqualTo(-1);
        }
        int velkan = TEXT.indexOf("Velkan");
        assertThat(t.range(new Span(velkan + 2, velkan + 20))).isNull(); // starts within "Velkan"
        int date = TEXT.indexOf("13/3");
        assertThat(t.range(new Span(date - 1, date + 3))).isNull(); // ends within "13/3/2025"
        assertThat(t.range(new Span(velkan - 1, velkan - 1))).containsExactly(t.firstEndingAfter(velkan - 1), t.firstEndingAfter(velkan - 1));
    }

    @Test
    void textsOfEverySizeOneAfterAnotherAreCutAsTheTokenizerCutsThem() {
        // the working arrays kept by a thread grow, are past their bound, then serve shorter texts again
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 30_000; i++) many.append("kata").append(i).append(i % 7 == 0 ? ". " : " ");
        for (String text : List.of(TEXT, many.toString(), many.substring(0, 9_000), TEXT.substring(20), many.substring(0, 70_000), TEXT)) {
            Tokens t = Tokens.of(text);
            List<Span> expected = Tokenizer.tokens(text);
            assertThat(t.spans(0, t.size())).isEqualTo(expected);
            for (int i = 0; i < t.size(); i++) assertThat(t.text(t.id(i))).isEqualTo(expected.get(i).of(text));
        }
    }

    @Test
    void noneHasNoTokens() {
        assertThat(Tokens.NONE.size()).isZero();
        assertThat(Tokens.NONE.distinct()).isZero();
        assertThat(Tokens.of("  \n ").size()).isZero();
    }
}
