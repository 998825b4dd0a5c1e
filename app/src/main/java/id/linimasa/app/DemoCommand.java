package id.linimasa.app;

import id.linimasa.index.Corpus;
import id.linimasa.index.CorpusStats;
import id.linimasa.index.EntityCount;
import id.linimasa.index.IngestReport;
import id.linimasa.index.SearchQuery;
import id.linimasa.index.SearchResult;
import id.linimasa.index.StorySummary;
import id.linimasa.timeline.TimelineQuery;
import id.linimasa.timeline.TimelineRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code linimasa demo}: ingests the bundled example pages and prints what linimasa found in them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the bundled example pages (examples/pages, a fictional story) into a corpus and prints "
                + "what it found: articles, top entities, stories and the timeline of every event."})
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--pages", paramLabel = "DIR", description = "pages to ingest (default: examples/pages of the linimasa folder)")
    Path pages;
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "linimasa-demo", description = "corpus folder (default: ${DEFAULT-VALUE})")
    Path dir;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path source = pages != null ? pages : Path.of(System.getProperty("linimasa.home", ".")).resolve("examples/pages");
        if (!Files.isDirectory(source)) {
            spec.commandLine().getErr().println("linimasa demo: " + source + ": no such folder (run from the linimasa folder or give --pages)");
            return Main.SOME_FAILED;
        }
        out.printf("== Ingesting %s into %s%n", source, dir);
        IngestReport r = IngestCommand.ingest(List.of(source.toString()), dir, spec.commandLine().getErr());
        out.printf("%d pages read, %d articles stored, %d already there, %d failed%n", r.read(), r.stored(), r.skipped(), r.failures().size());
        try (Corpus c = Corpus.open(dir)) {
            CorpusStats s = c.stats();
            out.printf("corpus: %d articles (%d syndicated copies) from %d outlets, %s .. %s, %d entities, %d events, %d stories%n",
                    s.articles(), s.duplicates(), s.outlets(), StoriesCommand.date(s.first()), StoriesCommand.date(s.last()),
                    s.entities(), s.events(), s.stories());

            out.printf("%n== Articles, oldest first%n");
            SearchResult all = c.search(new SearchQuery(null, null, null, null, null, null, SearchQuery.MAX_LIMIT, 0));
            for (SearchResult.Hit h : all.hits().reversed()) {
                out.printf("%s  %-22s %s  %s%s%n", StoriesCommand.date(h.published()), Output.or(h.outlet()), h.id(), Output.or(h.title()),
                        h.duplicateOf() == null ? "" : "  [copy of " + h.duplicateOf() + "]");
            }

            out.printf("%n== Top entities (articles)%n");
            for (EntityCount e : c.entities(null, 12)) out.printf("%4d  %-3s %s%n", e.articles(), Output.or(e.type()), e.name());

            out.printf("%n== Stories%n");
            for (StorySummary st : c.stories(null, null)) {
                out.printf("%s  %s .. %s  %d article%s  %s%n    %s%n", st.id(), StoriesCommand.date(st.first()), StoriesCommand.date(st.last()),
                        st.articles(), st.articles() == 1 ? "" : "s", String.join(", ", st.outlets()), Output.or(st.title()));
            }

            // the whole corpus is one story, so its timeline is every event, merged across reports
            out.printf("%n== Timeline (every event, by when it happened)%n");
            List<TimelineRow> rows = c.timeline(TimelineQuery.all());
            if (rows.isEmpty()) out.println("no events");
            for (TimelineRow row : rows) {
                out.printf("%-10s  %-16s %s  (%d source%s)%n", row.date(), row.type() + (row.mode() == null ? "" : "/" + row.mode()),
                        row.summary(), row.sources(), row.sources() == 1 ? "" : "s");
            }
            out.printf("%nExplore further, e.g.: linimasa search <words> --corpus %s | linimasa show <id> --corpus %s%n", dir, dir);
        }
        return r.failures().isEmpty() ? Main.OK : Main.SOME_FAILED;
    }
}
