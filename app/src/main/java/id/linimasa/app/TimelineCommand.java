package id.linimasa.app;

import id.linimasa.event.Plover;
import id.linimasa.index.Corpus;
import id.linimasa.timeline.TimelineQuery;
import id.linimasa.timeline.TimelineFormat;
import id.linimasa.timeline.TimelineRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;

/** {@code linimasa timeline ENTITY [ENTITY2]}: the events involving the entity (or both), by when they happened. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"The events that involve ENTITY (or both entities), ordered by when they happened, each once "
                + "with its evidence sentences and the number of articles that report it. Entities by id or by any "
                + "name the articles use (Rusia, \"Korea Utara\", Korut)."})
public final class TimelineCommand extends CorpusCommand {

    @Parameters(index = "0..1", arity = "1..2", paramLabel = "ENTITY [ENTITY2]", hideParamSyntax = true,
            description = "one entity, or two for the events of both (id or name)")
    List<String> entities;
    @Mixin
    DateOptions dates;
    @Option(names = "--type", description = "only this PLOVER type: ${COMPLETION-CANDIDATES}")
    Plover type;
    @Option(names = "--outlet", description = "only events reported by this outlet")
    String outlet;
    @Option(names = "--format", defaultValue = "text", description = "text or json (JSON Lines, one event a line)")
    Format format;

    @Override
    int run(Corpus c, PrintWriter out) throws IOException {
        for (String e : entities) {
            if (!knows(c, e)) return Main.SOME_FAILED;
        }
        List<TimelineRow> rows = c.timeline(new TimelineQuery(entities, dates.from(), dates.to(),
                type == null ? Set.of() : Set.of(type), outlet == null ? Set.of() : Set.of(outlet)));
        if (format == Format.json) rows.forEach(r -> out.println(TimelineFormat.json(r)));
        else out.print(TimelineFormat.text(rows));
        return Main.OK;
    }
}
