package id.linimasa.index;

import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceBreaksTest {

    private static final String TEXT = "Harga naik 3,5 persen. Menurut dia, \"Itu wajar.\" Lalu?  Dia pergi\nBaris baru tanpa titik";

    @Test
    void breaksAfterSentenceEndsAndLinesButNotInsideNumbers() {
        BreakIterator b = new SentenceBreaks();
        b.setText(TEXT);
        List<String> sentences = new ArrayList<>();
        for (int start = b.first(), end = b.next(); end != BreakIterator.DONE; start = end, end = b.next()) {
            sentences.add(TEXT.substring(start, end));
        }
        assertThat(sentences).containsExactly("Harga naik 3,5 persen. ", "Menurut dia, \"Itu wajar.\" ", "Lalu?  ",
                "Dia pergi\n", "Baris baru tanpa titik");
        assertThat(String.join("", sentences)).isEqualTo(TEXT);
    }

    @Test
    void findsTheSentenceAroundAnOffsetAsTheHighlighterAsks() {
        BreakIterator b = new SentenceBreaks();
        b.setText(TEXT);
        int word = TEXT.indexOf("wajar");
        assertThat(TEXT.substring(b.preceding(word + 1), b.following(word))).isEqualTo("Menurut dia, \"Itu wajar.\" ");
        assertThat(b.preceding(3)).isZero();
        assertThat(b.following(TEXT.length() - 2)).isEqualTo(TEXT.length());
        assertThat(b.last()).isEqualTo(TEXT.length());
        assertThat(b.previous()).isEqualTo(TEXT.indexOf("Baris"));
    }

    @Test
    void readsTextGivenAsACharacterIterator() {
        BreakIterator b = new SentenceBreaks();
        b.setText(new java.text.StringCharacterIterator("Satu. Dua."));
        assertThat(b.next()).isEqualTo(6);
        assertThat(b.getText().getEndIndex()).isEqualTo(10);
    }
}
