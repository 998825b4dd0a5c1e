package id.linimasa.app;

import id.linimasa.index.Corpus;
import id.linimasa.index.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/** {@code linimasa story ID}: who covered a story, when, and what each report added. */
@Command(name = "story", mixinStandardHelpOptions = true,
        description = {"Shows one story: the outlets that covered it, when each did, and what each report added "
                + "(entities, events, quoted speakers no earlier report had)."})
public final class StoryCommand extends CorpusCommand {

    @Parameters(paramLabel = "ID", description = "story id (as 'linimasa stories' prints it)")
    String id;
    @Option(names = "--format", defaultValue = "text", description = "text or json")
    Format format;

    @Override
    int run(Corpus c, PrintWriter out) throws IOException {
        Optional<Story> found = c.story(id);
        if (found.isEmpty()) return notFound("story " + id);
        Story s = found.get();
        if (format == Format.json) {
            Output.jsonLine(out, s);
            return Main.OK;
        }
        out.printf("%s%n  story %s, %s .. %s, %d article%s, outlets: %s%n", Output.or(s.summary().title()), s.summary().id(),
                StoriesCommand.date(s.summary().first()), StoriesCommand.date(s.summary().last()), s.summary().articles(),
                s.summary().articles() == 1 ? "" : "s", String.join(", ", s.summary().outlets()));
        for (Story.Report r : s.reports()) {
            out.printf("%n%s  %s  %s%n  %s%n", Output.or(r.published()), Output.or(r.outlet()), r.id(), Output.or(r.title()));
            if (r.duplicateOf() != null) {
                out.printf("    syndicated copy of %s (adds nothing)%n", r.duplicateOf());
                continue;
            }
            if (!r.newEntities().isEmpty()) out.printf("    new entities: %s%n", String.join(", ", r.newEntities()));
            if (!r.newEvents().isEmpty()) out.printf("    new events: %s%n", String.join(", ", r.newEvents()));
            if (!r.newQuotes().isEmpty()) out.printf("    new voices: %s%n", String.join(", ", r.newQuotes()));
            if (r.newEntities().isEmpty() && r.newEvents().isEmpty() && r.newQuotes().isEmpty()) out.println("    nothing new");
        }
        return Main.OK;
    }
}
