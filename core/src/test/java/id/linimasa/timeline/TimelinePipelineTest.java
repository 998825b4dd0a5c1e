package id.linimasa.timeline;

import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.event.Plover;
import id.linimasa.extract.Article;
import id.linimasa.extract.PublicationTime;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two outlets' reports of one meeting through the whole standard pipeline, merged on the timeline. */
class TimelinePipelineTest {

    private static Analysis article(String id, String outlet, String published, String body) {
        return Linimasa.analyse(new Article(id, id + ".txt", null, null, PublicationTime.ofDate(LocalDate.parse(published)),
                null, List.of(), List.of(), outlet, null, "id", List.of(), List.of(), body));
    }

    @Test
    void aMeetingDatedByOneOutletAndUndatedByTheNextIsOneRowWithTwoSources() {
        Analysis first = article("x1", "kabarharian.id", "2025-05-21", """
                Menteri Luar Negeri Filipina bertemu dengan Menteri Luar Negeri China di Beijing pada Selasa (20/5). Keduanya membahas sengketa di Laut China Selatan. \
                Filipina juga menolak klaim China atas gugusan karang di perairan itu.""");
        Analysis second = article("x2", "wartakota.co", "2025-05-23", """
                Filipina dan China mengadakan pembicaraan tingkat menteri di Beijing untuk meredakan ketegangan.
                Pertemuan itu berlangsung tertutup.""");
        List<TimelineRow> rows = new TimelineBuilder().build(List.of(first, second), TimelineQuery.involving("PHL", "CHN"));
        TimelineRow meeting = rows.stream().filter(r -> r.type() == Plover.CONSULT).findFirst().orElseThrow();
        assertThat(meeting.date()).isEqualTo("2025-05-20");
        assertThat(meeting.sources()).isEqualTo(2);
        assertThat(rows).filteredOn(r -> r.type() == Plover.CONSULT).hasSize(1);
        assertThat(rows).extracting(TimelineRow::type).contains(Plover.REJECT);
    }
}
