package id.linimasa.app;

import id.linimasa.index.Corpus;
import id.linimasa.index.QuoteRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** {@code linimasa quotes ENTITY}: what someone said, across the corpus, oldest first. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"What ENTITY said (direct and reported speech), oldest first, with the article of each quote."})
public final class QuotesCommand extends CorpusCommand {

    @Parameters(paramLabel = "ENTITY", description = "entity id or name (e.g. Putin)")
    String entity;
    @Option(names = "--format", defaultValue = "text", description = "text or json (JSON Lines)")
    Format format;

    @Override
    int run(Corpus c, PrintWriter out) throws IOException {
        if (!knows(c, entity)) return Main.SOME_FAILED;
        List<QuoteRow> rows = c.quotes(entity);
        if (format == Format.text && rows.isEmpty()) out.println("no quotes");
        for (QuoteRow r : rows) {
            if (format == Format.json) {
                Output.jsonLine(out, r);
                continue;
            }
            out.printf("%s  %s%s: %s%s%s%n    %s | %s | %s%n", StoriesCommand.date(r.published()), Output.or(r.quote().speaker()),
                    r.quote().role() == null ? "" : " (" + r.quote().role() + ")", r.quote().direct() ? "\"" : "[reported] ",
                    r.quote().text(), r.quote().direct() ? "\"" : "", Output.or(r.outlet()), r.articleId(), Output.or(r.title()));
        }
        return Main.OK;
    }
}
