package id.linimasa.app;

import id.linimasa.entity.EntityType;
import id.linimasa.index.Corpus;
import id.linimasa.index.EntityCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;

/** {@code linimasa entities}: the most named entities, by number of articles. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Lists the entities the corpus names most, by number of articles."})
public final class EntitiesCommand extends CorpusCommand {

    @Option(names = "--type", description = "PER, LOC or ORG")
    EntityType type;
    @Option(names = "--top", defaultValue = "20", description = "how many (default ${DEFAULT-VALUE})")
    int top;
    @Option(names = "--format", defaultValue = "text", description = "text or json (JSON Lines)")
    Format format;

    @Override
    int run(Corpus c, PrintWriter out) throws IOException {
        for (EntityCount e : c.entities(type, Math.max(0, top))) {
            if (format == Format.json) Output.jsonLine(out, e);
            else out.printf("%6d  %-3s  %-28s %s%n", e.articles(), Output.or(e.type()), e.id(), e.name());
        }
        return Main.OK;
    }
}
