package id.linimasa.spark;

import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.entity.Entity;
import id.linimasa.entity.EntityCatalog;
import id.linimasa.event.Plover;
import id.linimasa.extract.ArticleExtractor;
import id.linimasa.page.Page;
import id.linimasa.page.PageReader;
import id.linimasa.timeline.Evidence;
import id.linimasa.timeline.TimelineBuilder;
import id.linimasa.timeline.TimelineFormat;
import id.linimasa.timeline.TimelineQuery;
import id.linimasa.timeline.TimelineRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static id.linimasa.spark.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code linimasa-spark timeline} on the example pages ingested by the Spark job into the test node: its rows are
 * core's {@link TimelineBuilder} rows over the same pages' analyses, filters change them as they change core's, names
 * resolve as the Lucene corpus resolves them, an unknown entity is one line, and an event without its article is not
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
    void unknownEntityOrBadDateIsOneLine() {
        CommandRun unknown = timeline("Varenia", "Atlantis");
        assertThat(unknown.code()).isEqualTo(LinimasaSpark.SOME_FAILED);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).isEqualTo("linimasa-spark timeline: no entity named 'Atlantis' in " + PREFIX + "-articles at "
                + TestCluster.url() + "\n");

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
