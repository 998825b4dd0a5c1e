package id.linimasa.app;

import id.linimasa.index.Corpus;
import id.linimasa.index.StorySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;

/** {@code linimasa stories}: stories (articles about one happening, across outlets), latest first. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Lists stories: reports of the same happening clustered across outlets (syndicated copies "
                + "counted apart), latest first."})
public final class StoriesCommand extends CorpusCommand {

    @Mixin
    DateOptions dates;
    @Option(names = "--min-articles", defaultValue = "1", description = "only stories told by at least this many articles (default ${DEFAULT-VALUE})")
    int minArticles;
    @Option(names = "--format", defaultValue = "text", description = "text or json (JSON Lines)")
    Format format;

    @Override
    int run(Corpus c, PrintWriter out) throws IOException {
        for (StorySummary s : c.stories(dates.from(), dates.to())) {
            if (s.articles() < minArticles) continue;
            if (format == Format.json) {
                Output.jsonLine(out, s);
            } else {
                out.printf("%s  %s .. %s  %d article%s%s  %s%n    %s%n", s.id(), date(s.first()), date(s.last()), s.articles(),
                        s.articles() == 1 ? "" : "s", s.copies() == 0 ? "" : " + " + s.copies() + " cop" + (s.copies() == 1 ? "y" : "ies"),
                        String.join(", ", s.outlets()), Output.or(s.title()));
            }
        }
        return Main.OK;
    }

    static String date(String iso) {
        return iso == null ? "undated" : iso.substring(0, Math.min(10, iso.length()));
    }
}
