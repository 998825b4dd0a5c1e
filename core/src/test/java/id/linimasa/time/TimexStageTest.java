package id.linimasa.time;

import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.extract.Article;
import id.linimasa.extract.PublicationTime;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TimexStageTest {

    @Test
    void theStandardPipelineTagsBodyAndCaptionsWithSpansIntoTheAnalysisText() {
        assertThat(Linimasa.pipeline().stages()).anyMatch(s -> s instanceof TimexStage);
        Article a = new Article("x", "x", null, "Judul", PublicationTime.parse("2025-02-28T16:09+07:00"), null, List.of(), List.of(),
                null, null, "id", List.of(), List.of("Delegasi tiba di bandara pada Rabu (26/2/2025)."),
                "Putin menerima delegasi itu pada Kamis (27/2).\nPada 2024, kedua negara menandatangani perjanjian.");
        Analysis analysis = Linimasa.analyse(a);
        String text = analysis.text();
        assertThat(analysis.timexes()).extracting(t -> t.span().of(text), Timex::value)
                .containsExactly(tuple("Kamis (27/2)", "2025-02-27"), tuple("2024", "2024"), tuple("Rabu (26/2/2025)", "2025-02-26"));
        assertThat(analysis.timexes().getLast().span().start()).isGreaterThanOrEqualTo(a.captionStart());
    }

    @Test
    void anArticleWithoutPublicationDateStillGetsAbsoluteDates() {
        Article a = new Article("y", "y", null, null, null, null, List.of(), List.of(), null, null, "id", List.of(), List.of(),
                "Perjanjian diteken 19 Juni 2024 dan berlaku Senin.");
        assertThat(Linimasa.analyse(a).timexes()).extracting(Timex::value).containsExactly("2024-06-19", "XXXX-WXX-1");
    }

    @Test
    void theStorysAnchorDoesNotCarryIntoACaption() {
        Article a = new Article("z", "z", null, null, PublicationTime.parse("2025-02-28"), null, List.of(), List.of(), null, null, "id",
                List.of(), List.of("Warga mengungsi sehari kemudian."), "Banjir melanda kota itu pada 3 Januari 2020.");
        assertThat(Linimasa.analyse(a).timexes()).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("3 Januari 2020", "2020-01-03"), tuple("sehari kemudian", "2025-03-01"));
    }
}
