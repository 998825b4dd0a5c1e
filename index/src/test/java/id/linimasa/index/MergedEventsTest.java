package id.linimasa.index;

import id.linimasa.Analysis;
import id.linimasa.event.Event;
import id.linimasa.event.EventDate;
import id.linimasa.event.EventStatus;
import id.linimasa.event.Plover;
import id.linimasa.event.Precision;
import id.linimasa.page.Page;
import id.linimasa.text.Span;
import id.linimasa.timeline.TimelineBuilder;
import id.linimasa.timeline.TimelineQuery;
import id.linimasa.timeline.TimelineRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The merged events kept in the corpus are the ones a batch merge of every article gives ({@link TimelineBuilder}),
 * whatever order and however many ingests the pages arrive in: a report joins an event stored earlier, an undated
 * report stored before the event it tells waits for it, and re-analysis replaces an article's reports.
 */
class MergedEventsTest {

    @TempDir
    Path dir;

    /** Events by page, each told in the page's first sentence. */
    private static final Map<String, List<Event>> EVENTS = Map.of(
            "a.txt", List.of(ev(Plover.CONSULT, List.of("RUS"), List.of("PRK"), "2025-02-27")),
            "b.txt", List.of(ev(Plover.CONSULT, List.of("PRK"), List.of("RUS"), "2025-02")),
            "c.txt", List.of(ev(Plover.CONSULT, List.of("RUS"), List.of("PRK"), null)),
            "d.txt", List.of(ev(Plover.CONSULT, List.of("RUS"), List.of(), "2025-02-26")),
            "e.txt", List.of(ev(Plover.CONSULT, List.of("RUS"), List.of("PRK"), "2025-03-11"),
                    ev(Plover.AGREE, List.of("RUS"), List.of("PRK"), "2025-03-11")),
            "f.txt", List.of(ev(Plover.AGREE, List.of("RUS"), List.of("PRK"), "2024-06-19")),
            "g.txt", List.of(ev(Plover.CONSULT, List.of("RUS"), List.of("PRK"), null)));

    private static final List<Page> PAGES = List.of(
            TestPages.page("a.txt", "Rusia Terima Korut", "Harian Nusantara", "2025-02-28T16:09+07:00",
                    "Rusia bertemu Korea Utara di ibu kota membahas jalur kereta dan pasokan pupuk.\nPertemuan berlangsung tiga jam."),
            TestPages.page("b.txt", "Korut ke Moskow", "Kabar Timur", "2025-03-01T09:00+08:00",
                    "Korea Utara mengunjungi Rusia pada Februari untuk membicarakan kerja sama pertanian.\nDelegasi pulang sehari kemudian."),
            TestPages.page("c.txt", "Delegasi Korut", "Portal Kilat", "2025-02-28T20:00+07:00",
                    "Rusia menjamu delegasi Korea Utara yang datang membawa usulan rute penerbangan.\nTidak ada pernyataan bersama."),
            TestPages.page("d.txt", "Moskow Sibuk", "Warta Kota", "2025-03-02",
                    "Rusia menggelar pertemuan tertutup yang menurut sumber dihadiri tamu dari Asia Timur.\nAgenda tidak diumumkan."),
            TestPages.page("e.txt", "Pertemuan Kedua", "Harian Nusantara", "2025-03-12",
                    "Rusia dan Korea Utara bertemu lagi lalu menandatangani nota kesepahaman soal pelabuhan.\nNota berlaku lima tahun."),
            TestPages.page("f.txt", "Pakta Diteken", "Kabar Timur", "2024-06-20T08:00+07:00",
                    "Rusia dan Korea Utara menandatangani pakta kemitraan strategis di Pyongyang.\nKedua pihak berjanji saling membantu."),
            TestPages.page("g.txt", "Kunjungan Lain", "Portal Kilat", "2025-05-01",
                    "Rusia kembali menerima utusan Korea Utara tanpa banyak pemberitaan.\nIsi pembicaraan dirahasiakan."),
            TestPages.page("h.txt", "Rusia Terima Korut", "Portal Kilat", "2025-02-28T18:30+07:00",
                    "Baca juga: Harga cabai naik\nRusia bertemu Korea Utara di ibu kota membahas jalur kereta dan pasokan pupuk.\nPertemuan berlangsung tiga jam."));

    private static Event ev(Plover type, List<String> sources, List<String> targets, String date) {
        return new Event(type, null, sources, targets, null, date == null ? null : new EventDate(date, Precision.ofValue(date), null),
                null, null, 0.9, EventStatus.ASSERTED, false);
    }

    /** The test page's analysis with its events, placed on its first sentence (the copy tells what its original tells). */
    static Analysis analyse(Page page) {
        Analysis a = TestPages.analyse(page);
        String source = page.source().equals("h.txt") ? "a.txt" : page.source();
        var first = a.sentences().stream().filter(s -> !s.span().of(a.text()).startsWith("Baca juga")).findFirst().orElseThrow();
        Span span = first.span();
        List<Event> events = EVENTS.get(source).stream().map(e -> new Event(e.type(), e.mode(), e.sources(), e.targets(), e.location(),
                e.date(), span, span, e.confidence(), e.status(), e.caption())).toList();
        return a.withEvents(events);
    }

    @Test
    void oneIngestGivesTheBatchMerge() throws IOException {
        try (Corpus c = Corpus.open(dir)) {
            c.ingest(PAGES, MergedEventsTest::analyse, IngestListener.NONE);
            assertSameAsBatch(c);
        }
    }

    @Test
    void pagesArrivingOneByOneInAnyOrderGiveTheSameEvents() throws IOException {
        // the undated and unidentified reports first (they wait), the coarse date before the precise one, the copy before its original
        List<List<Page>> orders = List.of(
                order("c.txt", "d.txt", "h.txt", "b.txt", "a.txt", "g.txt", "e.txt", "f.txt"),
                order("f.txt", "e.txt", "g.txt", "a.txt", "b.txt", "c.txt", "d.txt", "h.txt"));
        int n = 0;
        for (List<Page> order : orders) {
            try (Corpus c = Corpus.open(dir.resolve("order" + n++))) {
                for (Page p : order) c.ingest(List.of(p), MergedEventsTest::analyse, IngestListener.NONE);
                assertSameAsBatch(c);
            }
        }
    }

    @Test
    void mergingTheStoredEventsAgainGivesTheSameEvents() throws IOException {
        try (Corpus c = Corpus.open(dir)) {
            for (Page p : order("c.txt", "a.txt", "h.txt", "b.txt", "d.txt", "e.txt", "f.txt", "g.txt")) c.ingest(List.of(p), MergedEventsTest::analyse, IngestListener.NONE);
            List<String> before = rows(c.timeline(TimelineQuery.all()));
            assertThat(c.remergeEvents(IngestListener.NONE).read()).isEqualTo(PAGES.size());
            assertThat(rows(c.timeline(TimelineQuery.all()))).isEqualTo(before);
            assertSameAsBatch(c);
        }
    }

    @Test
    void reanalysingReplacesAnArticlesReportsInsteadOfAddingThemAgain() throws IOException {
        try (Corpus c = Corpus.open(dir)) {
            c.ingest(PAGES, MergedEventsTest::analyse, IngestListener.NONE);
            List<String> before = rows(c.timeline(TimelineQuery.all()));
            c.reanalyse(MergedEventsTest::analyse, IngestListener.NONE);
            assertThat(rows(c.timeline(TimelineQuery.all()))).isEqualTo(before);
            // now the articles tell nothing: every event goes
            c.reanalyse(p -> analyse(p).withEvents(List.of()), IngestListener.NONE);
            assertThat(c.timeline(TimelineQuery.all())).isEmpty();
            assertThat(c.stats().articles()).as("merged events are not articles").isEqualTo(PAGES.size());
            assertThat(c.search(new SearchQuery(null, null, null, null, null, null, 100, 0)).total()).isEqualTo(PAGES.size());
        }
    }

    private void assertSameAsBatch(Corpus c) throws IOException {
        List<Analysis> analyses = PAGES.stream().map(MergedEventsTest::analyse).toList();
        Set<String> copies = new HashSet<>();
        for (Analysis a : analyses) {
            if (c.article(a.article().id()).orElseThrow().duplicateOf() != null) copies.add(a.article().id());
        }
        assertThat(copies).as("the copy is found").hasSize(1);
        TimelineBuilder batch = new TimelineBuilder(copies);
        for (TimelineQuery q : List.of(TimelineQuery.all(), TimelineQuery.involving("RUS", "PRK"))) {
            List<String> expected = rows(batch.build(analyses, q));
            assertThat(expected).as("the fixture has merges to make").hasSize(4);
            assertThat(rows(c.timeline(q))).isEqualTo(expected);
        }
        TimelinePage all = c.timeline(TimelineQuery.all(), 0, 100);
        assertThat(all.total()).isEqualTo(all.entries().size());
        assertThat(c.timeline(TimelineQuery.all(), 1, 2).entries()).as("a page of the rows").isEqualTo(all.entries().subList(1, 3));
        for (TimelineEntry e : all.entries()) {
            StoredArticle lead = c.article(e.row().evidence().getFirst().articleId()).orElseThrow();
            assertThat(e.storyId()).as("the row's lane is its first report's story").isEqualTo(lead.storyId());
            assertThat(e.storyTitle()).isEqualTo(lead.analysis().article().title());
        }
        List<TimelineRow> first = c.timeline(TimelineQuery.involving("Rusia", "Korut"));
        assertThat(first.get(1).evidence()).as("the meeting of 27 February with every report").hasSize(5);
        assertThat(first.get(1).sources()).as("the copy is evidence, not a source").isEqualTo(4);
    }

    private static List<Page> order(String... sources) {
        List<Page> out = new ArrayList<>();
        for (String s : sources) out.add(PAGES.stream().filter(p -> p.source().equals(s)).findFirst().orElseThrow());
        return out;
    }

    /** What a row says, evidence in a stable order. */
    private static List<String> rows(List<TimelineRow> rows) {
        return rows.stream().map(r -> r.date() + " " + r.type() + " " + r.mode() + " sources=" + r.sources() + " other=" + r.otherDates()
                + " actors=" + r.actors().stream().sorted().toList() + " " + r.summary() + " "
                + r.evidence().stream().map(e -> e.articleId() + ":" + e.outlet() + ":" + e.sentence()).sorted().toList()).toList();
    }
}
