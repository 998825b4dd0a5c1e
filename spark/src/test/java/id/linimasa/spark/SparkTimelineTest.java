package id.linimasa.spark;

import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.entity.Entity;
import id.linimasa.entity.EntityCatalog;
import id.linimasa.event.Event;
import id.linimasa.event.EventDate;
import id.linimasa.event.EventStatus;
import id.linimasa.event.Plover;
import id.linimasa.event.Precision;
import id.linimasa.extract.Article;
import id.linimasa.extract.ArticleExtractor;
import id.linimasa.extract.PublicationTime;
import id.linimasa.page.Page;
import id.linimasa.page.PageReader;
import id.linimasa.text.Span;
import id.linimasa.timeline.Evidence;
import id.linimasa.timeline.Report;
import id.linimasa.timeline.TimelineBuilder;
import id.linimasa.timeline.TimelineFormat;
import id.linimasa.timeline.TimelineQuery;
import id.linimasa.timeline.TimelineRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static id.linimasa.spark.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code linimasa-spark timeline} on the example pages ingested by the Spark job into the test node: its rows are
 * core's {@link TimelineBuilder} rows over the same pages' analyses, filters change them as they change core's, names
 * resolve as the Lucene corpus resolves them, an unknown entity or index is one line, and an event without its article is not
 * shown.
 */
@ExtendWith(TestCluster.class)
class SparkTimelineTest {

    private static final Path PAGES = Path.of(System.getProperty("linimasa.root")).resolve("examples/pages");
    private static final String PREFIX = "timeline";

    private static OpenSearch os;
    /** The example pages as read, and as the core analyses them, in page hash order (the order names are taken in). */
    private static List<Page> pages;
    private static List<Analysis> analyses;

    @BeforeAll
    static void ingest() throws Exception {
        os = new OpenSearch(TestCluster.url());
        ArticleExtractor extractor = new ArticleExtractor();
        List<Page> read = new ArrayList<>();
        try (Stream<Path> files = Files.list(PAGES)) {
            for (Path f : files.sorted().toList()) read.add(new PageReader().read(f.toString(), f));
        }
        pages = read;
        List<Analysis> analysed = new ArrayList<>();
        for (Page p : read.stream().sorted(Comparator.comparing(Page::sha256)).toList()) analysed.add(Linimasa.analyse(extractor.extract(p)));
        analyses = analysed;
        SparkIngest.createIndices(os, PREFIX);
        SparkIngest.Report r = SparkIngest.run(TestCluster.spark(), List.of(PAGES.toString()), TestCluster.url(), PREFIX, 0);
        assertThat(r.failures()).isEmpty();
    }

    private static List<TimelineRow> core(TimelineQuery q) {
        return new TimelineBuilder().build(analyses, q);
    }

    private static List<TimelineRow> spark(TimelineQuery q) throws IOException {
        return new OpenSearchTimeline(os, PREFIX).rows(q);
    }

    private static CommandRun timeline(String... args) {
        List<String> all = new ArrayList<>(List.of("timeline", "--opensearch", TestCluster.url(), "--index-prefix", PREFIX));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    @Test
    void pairTimelineIsCoresRowForRowMergedAcrossOutlets() throws IOException {
        TimelineQuery pair = TimelineQuery.involving("loc:talmora", "loc:varenia");
        List<TimelineRow> expected = core(pair);
        assertThat(expected).hasSizeGreaterThan(3);
        // reports of one event from several articles are one row (what the Spark job alone does not do)
        assertThat(expected).anySatisfy(r -> assertThat(r.evidence().stream().map(Evidence::outlet).distinct()).hasSizeGreaterThan(1));
        assertThat(spark(pair)).isEqualTo(expected);

        // the command resolves names the articles use, in any case, and prints as 'linimasa timeline' does
        CommandRun byName = timeline("talmora", "Varenia");
        assertThat(byName.err()).isEmpty();
        assertThat(byName.code()).isZero();
        assertThat(byName.out()).isEqualTo(TimelineFormat.text(expected));
        CommandRun json = timeline("--format", "json", "loc:varenia", "loc:talmora");
        assertThat(json.out().lines()).hasSize(expected.size());
        assertThat(json.out().lines().findFirst().orElseThrow()).startsWith("{\"date\":\"" + expected.get(0).date() + "\"");

        TimelineQuery one = TimelineQuery.involving("loc:varenia");
        assertThat(core(one)).hasSizeGreaterThan(expected.size());
        assertThat(spark(one)).isEqualTo(core(one));
    }

    @Test
    void filtersChangeTheRowsAsTheyChangeCores() throws IOException {
        TimelineQuery pair = TimelineQuery.involving("loc:talmora", "loc:varenia");
        int all = core(pair).size();
        List<TimelineQuery> filtered = List.of(
                pair.ofTypes(Set.of(Plover.SANCTION, Plover.THREATEN)),
                // a day whose event other articles date a day earlier: those reports are its evidence still
                pair.between(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 10)),
                pair.between(LocalDate.of(2025, 3, 11), null),
                // one outlet's rows keep every outlet's reports as evidence
                pair.fromOutlets(Set.of("harian cakrawala")));
        for (TimelineQuery q : filtered) {
            List<TimelineRow> expected = core(q);
            assertThat(expected).as("%s", q).isNotEmpty().hasSizeLessThan(all);
            assertThat(spark(q)).as("%s", q).isEqualTo(expected);
        }
        assertThat(core(filtered.get(3))).anySatisfy(r -> assertThat(r.evidence()).anySatisfy(e -> assertThat(e.outlet()).isNotEqualTo("Harian Cakrawala")));

        CommandRun typed = timeline("--type", "sanction", "--type", "THREATEN", "--format", "json", "Talmora", "Varenia");
        assertThat(typed.out().lines()).hasSize(core(filtered.get(0)).size()).allMatch(l -> l.contains("\"type\":\"SANCTION\"") || l.contains("\"type\":\"THREATEN\""));
        CommandRun dated = timeline("--from", "2025-03-04", "--to", "2025-03-10", "Talmora", "Varenia");
        assertThat(dated.out()).isEqualTo(TimelineFormat.text(core(filtered.get(1))));
        CommandRun outlet = timeline("--outlet", "Harian Cakrawala", "Talmora", "Varenia");
        assertThat(outlet.out()).isEqualTo(TimelineFormat.text(core(filtered.get(3))));
    }

    @Test
    void entitiesResolveByIdNameAliasOrCatalogName() throws IOException {
        EntityLookup lookup = new OpenSearchTimeline(os, PREFIX).entities();
        assertThat(lookup.resolve("loc:talmora")).contains("loc:talmora");
        assertThat(lookup.resolve("  TALMORA ")).contains("loc:talmora");
        Entity aliased = analyses.stream().flatMap(a -> a.entities().stream())
                .filter(e -> e.aliases().stream().anyMatch(x -> !x.equalsIgnoreCase(e.name()))).findFirst().orElseThrow();
        String alias = aliased.aliases().stream().filter(x -> !x.equalsIgnoreCase(aliased.name())).findFirst().orElseThrow();
        assertThat(lookup.resolve(alias.toUpperCase(Locale.ROOT))).as(alias).contains(aliased.id());
        // a name no article uses, but the catalog knows for an entity the articles have
        String catalogOnly = "Republik Indonesia";
        assertThat(analyses).noneMatch(a -> a.entities().stream().anyMatch(e -> e.name().equalsIgnoreCase(catalogOnly)
                || e.aliases().stream().anyMatch(catalogOnly::equalsIgnoreCase)));
        assertThat(EntityCatalog.standard().lookup(catalogOnly)).contains("IDN");
        assertThat(lookup.resolve(catalogOnly)).contains("IDN");
        assertThat(lookup.resolve("Atlantis")).isEmpty();
    }

    @Test
    void unknownEntityOrBadDateIsOneLine() throws IOException {
        CommandRun unknown = timeline("Varenia", "Atlantis");
        assertThat(unknown.code()).isEqualTo(LinimasaSpark.SOME_FAILED);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).isEqualTo("linimasa-spark timeline: no entity named 'Atlantis' in " + PREFIX + "-articles at "
                + TestCluster.url() + "\n");

        CommandRun notIngested = run("timeline", "--opensearch", TestCluster.url(), "--index-prefix", "never-ingested", "Varenia");
        assertThat(notIngested.code()).isEqualTo(LinimasaSpark.SOME_FAILED);
        assertThat(notIngested.out()).isEmpty();
        assertThat(notIngested.err()).isEqualTo("linimasa-spark timeline: no index never-ingested-articles at " + TestCluster.url()
                + "; run 'linimasa-spark ingest' first\n");

        // events indexed before they had actor keys: the timeline could not find what merges, so it says so
        for (String index : List.of("premapped-articles", "premapped-events")) {
            os.ensureIndex(index, OpenSearch.JSON.readTree("{\"mappings\": {\"dynamic\": false, \"properties\": {\"type\": {\"type\": \"keyword\"}}}}"));
        }
        CommandRun premapped = run("timeline", "--opensearch", TestCluster.url(), "--index-prefix", "premapped", "Varenia");
        assertThat(premapped.code()).isEqualTo(LinimasaSpark.SOME_FAILED);
        assertThat(premapped.err()).isEqualTo("linimasa-spark timeline: premapped-events at " + TestCluster.url()
                + " was made before events had actor_keys; ingest into a new --index-prefix\n");

        CommandRun badDate = timeline("--from", "2025-13", "Varenia");
        assertThat(badDate.code()).isEqualTo(LinimasaSpark.USAGE);
        assertThat(badDate.err()).startsWith("linimasa-spark timeline: --from: '2025-13' is not a date").hasLineCount(1);
    }

    @Test
    void eventsWithoutTheirArticleAreNotShown() throws Exception {
        String prefix = "orphans";
        SparkIngest.createIndices(os, prefix);
        ArticleExtractor extractor = new ArticleExtractor();
        Page kept = pages.get(0), orphaned = pages.get(1);
        Analysis keptAnalysis = Linimasa.analyse(extractor.extract(kept));
        Analysis orphanedAnalysis = Linimasa.analyse(extractor.extract(orphaned));
        TimelineQuery pair = TimelineQuery.involving("loc:talmora", "loc:varenia");
        List<Analysis> both = Stream.of(keptAnalysis, orphanedAnalysis)
                .sorted(Comparator.comparing(a -> a == keptAnalysis ? kept.sha256() : orphaned.sha256())).toList();
        List<TimelineRow> withoutOrphan = new TimelineBuilder().build(List.of(keptAnalysis), pair);
        List<TimelineRow> withBoth = new TimelineBuilder().build(both, pair);
        assertThat(withBoth).as("the second page's events change the timeline").isNotEqualTo(withoutOrphan);

        // the second page's events are written, its article is not (as a task that died between its two requests leaves them)
        write(prefix, kept, keptAnalysis, true);
        write(prefix, orphaned, orphanedAnalysis, false);
        OpenSearchTimeline timeline = new OpenSearchTimeline(os, prefix);
        assertThat(timeline.rows(pair)).isEqualTo(withoutOrphan);

        // its article arrives: now its events count
        os.bulk(List.of(IngestTask.write("create", ArticleDocuments.articlesIndex(prefix), orphaned.sha256(),
                ArticleDocuments.article(orphaned, orphanedAnalysis))));
        os.refresh(ArticleDocuments.articlesIndex(prefix), ArticleDocuments.eventsIndex(prefix));
        assertThat(timeline.rows(pair)).isEqualTo(withBoth);
    }

    @Test
    void aPersonNamedDifferentlyInTwoArticlesIsOneRow() throws Exception {
        // no state and no id in common: only core's family-name key joins the two reports
        Made full = Made.of("vastan-lengkap.txt", "Presiden Aurel Vastan mengerahkan pasukan ke perbatasan utara pada Senin.",
                "2025-03-11T09:00+07:00", "per:aurel_vastan", "2025-03-10");
        Made short_ = Made.of("vastan-singkat.txt", "Vastan mengerahkan dua brigade ke perbatasan, kata juru bicara istana.",
                "2025-03-11T10:00+07:00", "per:vastan", "2025-03-10");
        String prefix = "namesakes";
        writeAll(prefix, full, short_);
        TimelineQuery q = TimelineQuery.involving("per:aurel_vastan");
        List<TimelineRow> expected = new TimelineBuilder().build(Made.inPageOrder(full, short_), q);
        assertThat(expected).singleElement().satisfies(r -> assertThat(r.sources()).isEqualTo(2));
        assertThat(new OpenSearchTimeline(os, prefix).rows(q)).isEqualTo(expected);
    }

    @Test
    void nothingDatedAfterTheNewestArticlesOwnDayShows() throws Exception {
        // the newest article by its local day appeared early on 10 March (9 March in UTC); the latest instant is a
        // page of 9 March in a zone west of UTC
        Made east = Made.of("pagi.txt", "Parlemen Talmora bersidang sejak pagi untuk membahas anggaran.", "2025-03-10T06:00+07:00");
        Made west = Made.of("malam.txt", "Sidang dewan kota berlangsung hingga malam hari.", "2025-03-09T20:00-05:00");
        // a page that gives no date tells of that day and of the next, by two people apart
        String text = "Vastan mengerahkan pasukan; sehari kemudian Kerrow juga mengerahkan pasukan.";
        Made undated = new Made(pageOf("tanpa-tanggal.txt", text), analysisOf("tanpa-tanggal.txt", text, null,
                mobilizing("per:aurel_vastan", "2025-03-10", text), mobilizing("per:nadia_kerrow", "2025-03-11", text)));
        String prefix = "newest";
        writeAll(prefix, east, west, undated);
        List<Analysis> analysed = Made.inPageOrder(east, west, undated);
        List<TimelineRow> expected = new TimelineBuilder().build(analysed, TimelineQuery.all());
        assertThat(expected).extracting(TimelineRow::date).containsExactly("2025-03-10");
        List<Report> reports = analysed.stream()
                .flatMap(a -> a.events().stream().map(e -> Report.of(a, e))).toList();
        assertThat(new TimelineBuilder().build(reports, Map.of(), null, TimelineQuery.all())).as("without the cutoff")
                .extracting(TimelineRow::date).containsExactly("2025-03-10", "2025-03-11");
        OpenSearchTimeline timeline = new OpenSearchTimeline(os, prefix);
        assertThat(timeline.newest()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(timeline.rows(TimelineQuery.all())).isEqualTo(expected);
    }

    /** A page written for a test, and its analysis: its whole text one sentence, its events as given. */
    private record Made(Page page, Analysis analysis) {
        /** A dated page whose one event, if a person is given, is that person mobilizing on {@code day}. */
        static Made of(String source, String text, String published, String... personAndDay) {
            List<Event> events = personAndDay.length == 0 ? List.of() : List.of(mobilizing(personAndDay[0], personAndDay[1], text));
            return new Made(pageOf(source, text), analysisOf(source, text, PublicationTime.parse(published), events.toArray(Event[]::new)));
        }

        /** The analyses in page hash order, as the index reads them back. */
        static List<Analysis> inPageOrder(Made... made) {
            return Stream.of(made).sorted(Comparator.comparing(m -> m.page().sha256())).map(Made::analysis).toList();
        }
    }

    private static Page pageOf(String source, String text) {
        return new Page(source, null, text.getBytes(StandardCharsets.UTF_8), Page.Kind.TEXT);
    }

    private static Analysis analysisOf(String source, String text, PublicationTime published, Event... events) {
        Article a = new Article(source, source, null, "Judul " + source, published, null, List.of(), List.of(), "Kabar Uji",
                null, "id", List.of(), List.of(), text);
        return new Analysis(a, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(events));
    }

    /** A person mobilizing forces on a day (a type done to no one: the person is the only actor). */
    private static Event mobilizing(String person, String day, String text) {
        return new Event(Plover.MOBILIZE, null, List.of(person), List.of(), null, new EventDate(day, Precision.ofValue(day), null),
                new Span(0, text.length()), null, 0.9, EventStatus.ASSERTED, false);
    }

    private static void writeAll(String prefix, Made... made) throws IOException {
        SparkIngest.createIndices(os, prefix);
        for (Made m : made) write(prefix, m.page(), m.analysis(), true);
    }

    private static void write(String prefix, Page page, Analysis analysis, boolean withArticle) throws IOException {
        List<String> items = new ArrayList<>();
        var events = ArticleDocuments.events(page, analysis);
        for (int i = 0; i < events.size(); i++) {
            items.add(IngestTask.write("index", ArticleDocuments.eventsIndex(prefix), ArticleDocuments.eventId(page.sha256(), i), events.get(i)));
        }
        if (withArticle) items.add(IngestTask.write("create", ArticleDocuments.articlesIndex(prefix), page.sha256(), ArticleDocuments.article(page, analysis)));
        assertThat(os.bulk(items)).allSatisfy(r -> assertThat(r.path("status").asInt()).isLessThan(300));
        os.refresh(ArticleDocuments.articlesIndex(prefix), ArticleDocuments.eventsIndex(prefix));
    }
}
