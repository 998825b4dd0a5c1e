package id.linimasa.timeline;

import id.linimasa.Analysis;
import id.linimasa.ArticleFixture;
import id.linimasa.event.EventCoder;
import id.linimasa.event.Plover;
import id.linimasa.event.Precision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineBuilderTest {

    private static Analysis coded(ArticleFixture f) {
        return new EventCoder().apply(f.analysis());
    }

    private static ArticleFixture moscow(String text) {
        return ArticleFixture.text(text)
                .state("RUS", "Rusia").state("PRK", "Korea Utara", "Korut").state("USA", "Amerika Serikat").state("UKR", "Ukraina")
                .place("loc:moskow", "Moskow", "RUS")
                .person("per:vladimir_putin", "Vladimir Putin", "RUS", "Presiden", "Putin")
                .person("per:choe_son_hui", "Choe Son Hui", "PRK", "Menteri Luar Negeri", "Choe")
                .person("per:kim_jong_un", "Kim Jong Un", "PRK", "pemimpin", "Kim");
    }

    private final Analysis dated = coded(moscow("Di Moskow pada Kamis (27/2), Putin menggelar pembicaraan dengan utusan Korea Utara.")
            .id("a").outlet("kabar.id").published("2025-02-28").timex("pada Kamis (27/2)", "2025-02-27"));
    private final Analysis undated = coded(moscow("Presiden Putin bertemu sejumlah utusan Korea Utara.")
            .id("b").outlet("warta.id").published("2025-03-01"));

    @Test
    void oneMeetingToldByTwoOutletsOnDifferentDaysIsOneRowWithTwoSources() {
        List<TimelineRow> rows = new TimelineBuilder().build(List.of(dated, undated), TimelineQuery.involving("RUS", "PRK"));
        assertThat(rows).hasSize(1);
        TimelineRow r = rows.getFirst();
        assertThat(r.date()).isEqualTo("2025-02-27");
        assertThat(r.precision()).isEqualTo(Precision.DAY);
        assertThat(r.type()).isEqualTo(Plover.CONSULT);
        assertThat(r.sources()).isEqualTo(2);
        assertThat(r.evidence()).extracting(Evidence::outlet).containsExactly("kabar.id", "warta.id");
        assertThat(r.otherDates()).isEmpty();
    }

    @Test
    void aReportThatDoesNotNameWhomItConcernsIsEvidenceNotARow() {
        Analysis bare = coded(moscow("Korea Utara menuduh pada Kamis (27/2).").id("f").outlet("kabar.id")
                .published("2025-02-28").timex("pada Kamis (27/2)", "2025-02-27"));
        assertThat(new TimelineBuilder().build(List.of(bare), TimelineQuery.all())).isEmpty();
        Analysis full = coded(moscow("Korea Utara menuduh Rusia pada Kamis (27/2).").id("g").outlet("warta.id")
                .published("2025-02-28").timex("pada Kamis (27/2)", "2025-02-27"));
        List<TimelineRow> rows = new TimelineBuilder().build(List.of(bare, full), TimelineQuery.all());
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.sources()).isEqualTo(2));
    }

    /** A report of the same Monday's arrest by Russia, from its own outlet. */
    private static Analysis arrestOnMonday(ArticleFixture f, String id) {
        return coded(f.id(id).outlet(id + ".id").published("2025-03-04").timex("pada Senin (3/3)", "2025-03-03"));
    }

    @Test
    void aTargetTiedToNoStateDoesNotSplitOneEvent() {
        List<Analysis> reports = List.of(
                arrestOnMonday(moscow("Rusia menahan kapal Sinar Laut pada Senin (3/3).").person("per:sinar_laut", "Sinar Laut", null, null), "h"),
                arrestOnMonday(moscow("Rusia menahan kapal nelayan Korea Utara pada Senin (3/3)."), "i"),
                arrestOnMonday(moscow("Rusia menahan kapal Ukraina pada Senin (3/3)."), "j"));
        List<TimelineRow> rows = new TimelineBuilder().build(reports, TimelineQuery.all());
        assertThat(rows).as("the vessel's arrest joins one of them, and does not chain the two together").hasSize(2);
        assertThat(rows).extracting(TimelineRow::sources).containsExactlyInAnyOrder(2, 1);
    }

    @Test
    void anUndatedReportLongAfterTheEventDoesNotJoinIt() {
        Analysis late = coded(moscow("Presiden Putin bertemu sejumlah utusan Korea Utara.").id("c").published("2025-06-01"));
        List<TimelineRow> rows = new TimelineBuilder().build(List.of(dated, late), TimelineQuery.all());
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().sources()).isEqualTo(1);
    }

    @Test
    void twoDatesForOneMeetingStayVisible() {
        Analysis alsoThursday = coded(moscow("Putin bertemu dengan Choe Son Hui di Moskow pada 27 Februari 2025.")
                .id("d").outlet("berita.id").published("2025-03-02").timex("pada 27 Februari 2025", "2025-02-27"));
        Analysis wednesday = coded(moscow("Putin bertemu dengan Choe Son Hui di Moskow pada Rabu (26/2).")
                .id("e").outlet("lain.id").published("2025-02-27").timex("pada Rabu (26/2)", "2025-02-26"));
        List<TimelineRow> rows = new TimelineBuilder().build(List.of(wednesday, dated, alsoThursday), TimelineQuery.all());
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().date()).as("two articles against one").isEqualTo("2025-02-27");
        assertThat(rows.getFirst().otherDates()).containsExactly("2025-02-26");
        assertThat(rows.getFirst().sources()).isEqualTo(3);
    }

    @Test
    void aYearAndADayOfTheSameMeetingMergeAtTheDay() {
        Analysis a = coded(moscow("Kim Jong Un bertemu dengan Putin di Vladivostok pada 2019.")
                .id("f").published("2022-08-15").timex("pada 2019", "2019")
                .caption("Putin berjabat tangan dengan Kim Jong Un pada 26 April 2019.")
                .timex("pada 26 April 2019", "2019-04-26"));
        List<TimelineRow> rows = new TimelineBuilder().build(List.of(a), TimelineQuery.all());
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().date()).isEqualTo("2019-04-26");
        assertThat(rows.getFirst().evidence()).hasSize(2);
        assertThat(rows.getFirst().sources()).as("one article").isEqualTo(1);
    }

    @Test
    void meetingsInDifferentYearsAndLettersBothWaysStayApart() {
        Analysis a = coded(moscow("""
                Putin menulis surat kepada Kim Jong Un pada Selasa (15/8).
                Kim lalu membalas surat itu kepada Putin pada hari yang sama.
                Putin bertemu dengan Kim Jong Un pada 2019. Putin kembali bertemu dengan Kim Jong Un pada 2023.""")
                .id("g").published("2023-12-01").timex("pada Selasa (15/8)", "2023-08-15").timex("pada hari yang sama", "2023-08-15")
                .timex("pada 2019", "2019").timex("pada 2023", "2023"));
        List<TimelineRow> rows = new TimelineBuilder().build(List.of(a), TimelineQuery.all());
        assertThat(rows).extracting(TimelineRow::date).containsExactly("2019", "2023", "2023-08-15", "2023-08-15");
        assertThat(rows.subList(2, 4)).extracting(TimelineRow::mode).containsOnly("letter");
    }

    @Test
    void filtersByPairTypeOutletAndDates() {
        Analysis war = coded(moscow("Amerika Serikat menjatuhkan sanksi terhadap Rusia pada 2024. Rusia menyerang Ukraina pada 2022.")
                .id("h").outlet("dunia.id").published("2025-01-10").timex("pada 2024", "2024").timex("pada 2022", "2022"));
        List<Analysis> all = List.of(dated, undated, war);
        TimelineBuilder b = new TimelineBuilder();
        assertThat(b.build(all, TimelineQuery.involving("RUS"))).extracting(TimelineRow::type)
                .containsExactly(Plover.ASSAULT, Plover.SANCTION, Plover.CONSULT);
        assertThat(b.build(all, TimelineQuery.involving("RUS", "PRK"))).extracting(TimelineRow::type).containsExactly(Plover.CONSULT);
        assertThat(b.build(all, TimelineQuery.involving("per:vladimir_putin"))).extracting(TimelineRow::type).containsExactly(Plover.CONSULT);
        assertThat(b.build(all, TimelineQuery.all().ofTypes(Set.of(Plover.SANCTION)))).hasSize(1);
        assertThat(b.build(all, TimelineQuery.all().fromOutlets(Set.of("DUNIA.ID")))).hasSize(2);
        assertThat(b.build(all, TimelineQuery.all().between(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 30))))
                .extracting(TimelineRow::type).containsExactly(Plover.SANCTION);
    }

    @Test
    void plannedNegatedAndFutureEventsAreNotTimelineFacts() {
        Analysis a = coded(moscow("""
                Putin akan mengunjungi Korea Utara tahun depan. Korea Utara tidak mengirim pasukan ke Rusia pada 2023.
                Rusia menandatangani perjanjian dengan Korea Utara pada 2030.""")
                .id("i").published("2025-01-10").timex("tahun depan", "2026").timex("pada 2023", "2023").timex("pada 2030", "2030"));
        assertThat(a.events()).hasSize(3);
        assertThat(new TimelineBuilder().build(List.of(a), TimelineQuery.all())).isEmpty();
    }

    @Test
    void syndicatedCopiesAreEvidenceButNotSources() {
        Analysis copy = coded(moscow("Di Moskow pada Kamis (27/2), Putin menggelar pembicaraan dengan utusan Korea Utara.")
                .id("copy").outlet("salinan.id").published("2025-02-28").timex("pada Kamis (27/2)", "2025-02-27"));
        List<TimelineRow> rows = new TimelineBuilder(Set.of("copy")).build(List.of(dated, copy), TimelineQuery.all());
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().sources()).isEqualTo(1);
        assertThat(rows.getFirst().evidence()).hasSize(2);
    }

    @Test
    void summaryNamesPeopleWithTheirStateAndThePlace() {
        Analysis a = coded(moscow("Putin bertemu Choe Son Hui di Moskow pada hari Senin.")
                .published("2025-10-29").timex("pada hari Senin", "2025-10-27"));
        TimelineRow r = new TimelineBuilder().build(List.of(a), TimelineQuery.all()).getFirst();
        assertThat(r.summary()).isEqualTo("Vladimir Putin (RUS) bertemu Choe Son Hui (PRK) di Moskow");
        assertThat(r.actors()).containsExactly("Rusia", "Korea Utara");
    }

    @Test
    void aRowIsSummarisedFromAReportThatTellsItAsFact() {
        Analysis hearsay = coded(moscow("Putin dilaporkan bertemu Choe Son Hui di Moskow pada Kamis (27/2).")
                .id("j").published("2025-02-28").timex("pada Kamis (27/2)", "2025-02-27"));
        Analysis fact = coded(moscow("Putin bertemu Choe Son Hui pada Kamis (27/2).")
                .id("k").published("2025-03-01").timex("pada Kamis (27/2)", "2025-02-27"));
        TimelineRow r = new TimelineBuilder().build(List.of(hearsay, fact), TimelineQuery.all()).getFirst();
        assertThat(r.sources()).isEqualTo(2);
        assertThat(r.summary()).doesNotContain("menurut laporan");
    }

    @Test
    void onePersonGivenTwoIdsByTwoArticlesIsStillOneSide() {
        Analysis a = coded(ArticleFixture.text("Aurel Vastan bertemu Idris Halvorsen di perbatasan pada Senin (10/3).")
                .person("per:aurel_vastan", "Aurel Vastan", null, "Presiden")
                .person("per:idris_halvorsen", "Idris Halvorsen", null, "Perdana Menteri")
                .id("m").published("2025-03-11").timex("pada Senin (10/3)", "2025-03-10"));
        Analysis b = coded(ArticleFixture.text("Presiden Vastan akhirnya bertemu Halvorsen pada Senin (10/3).")
                .person("per:presiden_vastan", "Presiden Vastan", null, "Presiden")
                .person("per:halvorsen", "Halvorsen", null, "Perdana Menteri")
                .id("n").published("2025-03-12").timex("pada Senin (10/3)", "2025-03-10"));
        List<TimelineRow> rows = new TimelineBuilder().build(List.of(a, b), TimelineQuery.all());
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().sources()).isEqualTo(2);
    }
}
