package id.linimasa.eval;

import id.linimasa.text.Span;
import id.linimasa.time.Timex;
import id.linimasa.time.TimexType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class TimeMlDocumentTest {

    private static final String TML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TimeML>
            <DOCID>uji</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2025-02-28" functionInDocument="CREATION_TIME">28 Februari 2025</TIMEX3></DCT>
            <TEXT>PT Maju &amp; Jaya <EVENT eid="e1">rugi</EVENT> pada <TIMEX3 tid="t1" type="DATE" value="2024">2024</TIMEX3>, \
            <SIGNAL sid="s1">selama</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P3M">tiga bulan</TIMEX3>.</TEXT>
            </TimeML>
            """;

    @Test
    void readsTextWithoutTagsAndGoldSpansIntoIt(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("uji.tml"), TML);
        TimeMlDocument doc = TimeMlDocument.read(f);
        assertThat(doc.created().date()).hasToString("2025-02-28");
        assertThat(doc.text()).isEqualTo("PT Maju & Jaya rugi pada 2024, selama tiga bulan.");
        assertThat(doc.gold()).extracting(t -> t.span().of(doc.text()), Timex::type, Timex::value)
                .containsExactly(tuple("2024", TimexType.DATE, "2024"), tuple("tiga bulan", TimexType.DURATION, "P3M"));
    }

    @Test
    void writtenTimeMlReadsBackTheSame(@TempDir Path dir) throws IOException {
        TimeMlDocument doc = TimeMlDocument.read(Files.writeString(dir.resolve("uji.tml"), TML));
        Path again = Files.writeString(dir.resolve("lagi.tml"), doc.toTimeMl(doc.gold()));
        TimeMlDocument back = TimeMlDocument.read(again);
        assertThat(back.text()).isEqualTo(doc.text());
        assertThat(back.gold()).isEqualTo(doc.gold());
        assertThat(back.created()).isEqualTo(doc.created());
    }

    @Test
    void readsOlderCreationTimeFormsAndLowerCaseTags(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("lama.tml"), "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"TIME\" value=\"19980108T15:29\">x</TIMEX3></DCT>"
                + "<text>Kemarin <timex3 tid=\"t1\" type=\"date\" value=\"1998-01-07\">kemarin</timex3>.</text></TimeML>");
        TimeMlDocument doc = TimeMlDocument.read(f);
        assertThat(doc.created().date()).hasToString("1998-01-08");
        assertThat(doc.gold()).extracting(Timex::text, Timex::type).containsExactly(tuple("kemarin", TimexType.DATE));
    }

    @Test
    void aDocumentWithoutCreationTimeIsRefusedWithAReason(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("rusak.tml"), "<TimeML><TEXT>Senin</TEXT></TimeML>");
        assertThatThrownBy(() -> TimeMlDocument.read(f)).isInstanceOf(IOException.class).hasMessageContaining("CREATION_TIME");
    }

    @Test
    void scoresStrictRelaxedTypeAndValue() {
        List<Timex> gold = List.of(t(0, 10, TimexType.DATE, "2024"), t(20, 30, TimexType.DURATION, "P3M"), t(40, 45, TimexType.DATE, "2025"));
        List<Timex> system = List.of(t(0, 10, TimexType.DATE, "2024"), t(22, 30, TimexType.DATE, "P3M"), t(50, 55, TimexType.DATE, "2023"));
        TimexScore s = TimexScore.of(gold, system);
        assertThat(s.strictPrf().precision()).isEqualTo(1.0 / 3);
        assertThat(s.relaxedPrf().recall()).isEqualTo(2.0 / 3);
        assertThat(s.typeAccuracy()).isEqualTo(0.5);
        assertThat(s.valueF1()).isEqualTo(2.0 / 3);
        assertThat(s.plus(s).gold()).isEqualTo(6);
    }

    private static Timex t(int start, int end, TimexType type, String value) {
        return new Timex(new Span(start, end), "x", type, value);
    }
}
