package id.linimasa.eval;

import id.linimasa.quote.Quote;
import id.linimasa.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuoteScoreTest {

    private static final String DOC = """
            # a test document
            @dct 2024-02-08T11:45+07:00
            Menteri Ani Lestari mengatakan bahwa harga beras akan turun. "Harga beras akan turun, percayalah," kata Ani.
            > indirect per:ani_lestari "harga beras akan turun"
            > direct per:ani_lestari "Harga beras akan turun"
            Buku "Laut Biru" terbit tahun lalu.
            @caption Warga antre beras. "Sudah dua jam," kata seorang warga.
            > direct - "Sudah dua jam"
            """;

    @Test
    void readsQuotesAsSpansIntoTheAnalysisTextInTheirOrder(@TempDir Path dir) throws IOException {
        QuoteGoldDocument doc = read(dir, DOC);
        String text = doc.article().analysisText();
        assertThat(doc.gold()).hasSize(3);
        QuoteGoldDocument.Gold indirect = doc.gold().get(0), direct = doc.gold().get(1), caption = doc.gold().get(2);
        assertThat(indirect.direct()).isFalse();
        assertThat(indirect.words().start()).isEqualTo(text.indexOf("harga beras"));
        // the second line's words are looked for after the first's, case and all
        assertThat(direct.words().start()).isEqualTo(text.indexOf("\"Harga") + 1);
        assertThat(direct.line()).isEqualTo(5);
        assertThat(caption.words().start()).isGreaterThanOrEqualTo(doc.article().captionStart());
        assertThat(caption.words().of(text)).isEqualTo("Sudah dua jam");
        assertThat(caption.speakerId()).isNull();
    }

    @Test
    void aMalformedLineIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> read(dir, "@dct 2024-02-08\nAni berkata, \"Cukup.\"\n> direct per:ani \"Tidak cukup\"\n"))
                .hasMessageContaining("line 3").hasMessageContaining("not found");
        assertThatThrownBy(() -> read(dir, "@dct 2024-02-08\nAni berkata, \"Cukup.\"\n> quoted per:ani \"Cukup\"\n"))
                .hasMessageContaining("line 3").hasMessageContaining("direct|indirect");
        assertThatThrownBy(() -> read(dir, "@dct 2024-02-08\n> direct per:ani \"Cukup\"\nAni berkata, \"Cukup.\"\n"))
                .hasMessageContaining("line 2").hasMessageContaining("before any text");
    }

    @Test
    void scoresDetectionKindAndSpeaker(@TempDir Path dir) throws IOException {
        QuoteGoldDocument doc = read(dir, DOC);
        String text = doc.article().analysisText();
        int reported = text.indexOf("harga beras"), quoted = text.indexOf("Harga beras"), title = text.indexOf("Laut Biru");
        int waited = text.indexOf("dua jam");
        List<Quote> system = List.of(
                // the reported words, given to a partial name that was never linked: found, wrong speaker
                quote(text, reported, text.indexOf('.', reported) + 1, false, null),
                // the direct quote, right speaker
                quote(text, quoted, text.indexOf(",\" kata"), true, "per:ani_lestari"),
                // a title in quotation marks: no gold quote there
                quote(text, title, title + "Laut Biru".length(), true, null),
                // the caption's quote cut after its first word: does not hold the gold's words, so a miss and an extra
                quote(text, waited, text.indexOf(",\" kata seorang"), true, null));
        QuoteScore s = QuoteScore.of(doc.name(), text, doc.gold(), system);
        assertThat(s.detection().precision()).isEqualTo(2 / 4.0);
        assertThat(s.detection().recall()).isEqualTo(2 / 3.0);
        assertThat(s.withSpeaker().precision()).isEqualTo(1 / 4.0);
        assertThat(s.withSpeaker().recall()).isEqualTo(1 / 3.0);
        assertThat(s.kindAccuracy()).isEqualTo(1.0);
        assertThat(s.speakerAccuracy()).isEqualTo(0.5);
        assertThat(s.misses()).hasSize(4)
                .anyMatch(m -> m.startsWith("speaker") && m.contains("doc.qt:4") && m.contains("per:ani_lestari"))
                .anyMatch(m -> m.startsWith("missed") && m.contains("Sudah dua jam"))
                .anyMatch(m -> m.startsWith("extra") && m.contains("Laut Biru"))
                .anyMatch(m -> m.startsWith("extra") && m.contains("dua jam"));
        assertThat(s.plus(s).gold()).isEqualTo(6);
        assertThat(s.plus(s).detection()).isEqualTo(s.detection());
    }

    @Test
    void ofTwoQuotesHoldingTheWordsTheGoldsKindWins(@TempDir Path dir) throws IOException {
        QuoteGoldDocument doc = read(dir, "@dct 2024-02-08\nAni mengatakan, \"Stok cukup.\"\n> direct per:ani \"Stok cukup\"\n");
        String text = doc.article().analysisText();
        int at = text.indexOf("Stok");
        // a tight reported span listed first, then a wider direct one: the gold's kind beats the tighter span
        List<Quote> system = List.of(quote(text, at, at + "Stok cukup".length(), false, "per:ani"),
                quote(text, at - 1, text.length(), true, "per:ani"));
        QuoteScore s = QuoteScore.of(doc.name(), text, doc.gold(), system);
        assertThat(s.kindAccuracy()).isEqualTo(1.0);
        assertThat(s.misses()).singleElement().asString().startsWith("extra").contains("indirect");
    }

    private static Quote quote(String text, int start, int end, boolean direct, String speakerId) {
        Span span = new Span(start, end);
        return new Quote(span, span.of(text), direct, null, null, speakerId, null);
    }

    private static QuoteGoldDocument read(Path dir, String content) throws IOException {
        Path f = dir.resolve("doc.qt");
        Files.writeString(f, content);
        return QuoteGoldDocument.read(f);
    }
}
