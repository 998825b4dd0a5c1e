package id.linimasa.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {

    private static List<String> words(String text) {
        return Tokenizer.tokens(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsPunctuationButKeepsInnerJoiners() {
        assertThat(words("Menlu Korut, Choe Son-hui, tiba di Moskow (27/2) pukul 10.30 WIB."))
                .containsExactly("Menlu", "Korut", ",", "Choe", "Son-hui", ",", "tiba", "di", "Moskow", "(", "27/2", ")",
                        "pukul", "10.30", "WIB", ".");
    }

    @Test
    void spansPointIntoTheText() {
        String text = "  Kata  \"Putin\"";
        List<Span> spans = Tokenizer.tokens(text);
        assertThat(spans).extracting(s -> s.of(text)).containsExactly("Kata", "\"", "Putin", "\"");
        assertThat(spans.get(2)).isEqualTo(new Span(9, 14));
    }

    @Test
    void tokenisesOnlyWithinTheGivenSpan() {
        String text = "Satu dua. Tiga empat.";
        assertThat(Tokenizer.tokens(text, new Span(10, 21))).extracting(s -> s.of(text)).containsExactly("Tiga", "empat", ".");
    }
}
