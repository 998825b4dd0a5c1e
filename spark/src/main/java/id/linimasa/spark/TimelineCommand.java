package id.linimasa.spark;

import id.linimasa.event.Plover;
import id.linimasa.timeline.DateRange;
import id.linimasa.timeline.TimelineFormat;
import id.linimasa.timeline.TimelineQuery;
import id.linimasa.timeline.TimelineRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code linimasa-spark timeline ENTITY [ENTITY2]}: {@code linimasa timeline} over the indices an ingest wrote. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"The events that involve ENTITY (or both entities), ordered by when they happened, each once "
                + "with its evidence sentences and the number of articles that report it, merged across outlets from the "
                + "event documents an ingest wrote to OpenSearch. Entities by id or by any name the articles use (Rusia, "
                + "\"Korea Utara\", Korut). Unlike 'linimasa timeline', syndicated copies are not detected (the Spark job "
                + "links no stories): a copy counts as a source of its own."})
final class TimelineCommand implements Callable<Integer> {

    @Parameters(index = "0..1", arity = "1..2", paramLabel = "ENTITY [ENTITY2]", hideParamSyntax = true,
            description = "one entity, or two for the events of both (id or name)")
    List<String> entities;
    @Mixin
    OpenSearchOptions openSearch;
    @Option(names = "--from", paramLabel = "DATE", description = "on or after the start of this year, month or day (YYYY, YYYY-MM or YYYY-MM-DD)")
    String from;
    @Option(names = "--to", paramLabel = "DATE", description = "on or before the end of this year, month or day (YYYY, YYYY-MM or YYYY-MM-DD)")
    String to;
    @Option(names = "--type", paramLabel = "TYPE", description = "only this PLOVER type (repeatable): ${COMPLETION-CANDIDATES}")
    Set<Plover> types = Set.of();
    @Option(names = "--outlet", paramLabel = "OUTLET", description = "only events reported by this outlet (repeatable)")
    Set<String> outlets = Set.of();
    @Option(names = "--format", defaultValue = "text", description = "text or json (JSON Lines, one event a line)")
    Format format;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        DateRange first = date("--from", from), last = date("--to", to);
        OpenSearchTimeline timeline = new OpenSearchTimeline(openSearch.client(spec), openSearch.prefix);
        List<String> ids = new ArrayList<>();
        for (String e : entities) {
            Optional<String> id = timeline.entities().resolve(e);
            if (id.isEmpty()) {
                spec.commandLine().getErr().printf("linimasa-spark timeline: no entity named '%s' in %s at %s%n", e,
                        ArticleDocuments.articlesIndex(openSearch.prefix), openSearch.url);
                return LinimasaSpark.SOME_FAILED;
            }
            ids.add(id.get());
        }
        List<TimelineRow> rows = timeline.rows(new TimelineQuery(ids, first == null ? null : first.first(),
                last == null ? null : last.last(), types, outlets));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) rows.forEach(r -> out.println(TimelineFormat.json(r)));
        else out.print(TimelineFormat.text(rows));
        out.flush(); // print() does not flush, and main exits the JVM
        return LinimasaSpark.OK;
    }

    /** A bad date is a usage error with the accepted forms. */
    private DateRange date(String option, String value) {
        if (value == null) return null;
        try {
            return DateRange.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }
}
