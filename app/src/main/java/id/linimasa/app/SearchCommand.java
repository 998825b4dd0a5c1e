package id.linimasa.app;

import id.linimasa.event.Plover;
import id.linimasa.index.Corpus;
import id.linimasa.index.SearchQuery;
import id.linimasa.index.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** {@code linimasa search QUERY}: ranked articles with the matched words marked in a snippet. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the corpus: ranked articles with highlighted snippets. Indonesian stemming: "
                + "'tandatangan' finds 'menandatangani'. \"quoted phrase\", -exclude, a|b work in QUERY; "
                + "an empty QUERY lists the newest articles."})
public final class SearchCommand extends CorpusCommand {

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "words to find in title and body")
    List<String> words = List.of();
    @Mixin
    DateOptions dates;
    @Option(names = "--outlet", description = "only this outlet (as the articles name it, any case)")
    String outlet;
    @Option(names = "--entity", description = "only articles naming this entity (id or name, e.g. Korut)")
    String entity;
    @Option(names = "--type", description = "only articles with an event of this PLOVER type: ${COMPLETION-CANDIDATES}")
    Plover type;
    @Option(names = "--limit", defaultValue = "10", description = "hits to show (default ${DEFAULT-VALUE}, at most 1000)")
    int limit;
    @Option(names = "--offset", defaultValue = "0", description = "hits to skip, for paging")
    int offset;
    @Option(names = "--format", defaultValue = "text", description = "text or json (JSON Lines, one hit a line)")
    Format format;

    @Override
    int run(Corpus c, PrintWriter out) throws IOException {
        if (limit < 0 || offset < 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit and --offset must not be negative");
        SearchResult r = c.search(new SearchQuery(String.join(" ", words), dates.from(), dates.to(), outlet, entity, type, limit, offset));
        if (format == Format.json) {
            for (SearchResult.Hit h : r.hits()) Output.jsonLine(out, h);
            return Main.OK;
        }
        out.printf("%d article%s%n", r.total(), r.total() == 1 ? "" : "s");
        int rank = offset;
        for (SearchResult.Hit h : r.hits()) {
            out.printf("%n%d. %s%n   %s | %s | %s%s%n", ++rank, Output.or(h.title()), Output.or(h.published()), Output.or(h.outlet()),
                    h.id(), h.duplicateOf() == null ? "" : " | copy of " + h.duplicateOf());
            String snippet = h.snippet().marked("«", "»");
            if (!snippet.isBlank()) out.printf("   %s%n", snippet);
        }
        return Main.OK;
    }
}
