package id.linimasa.app;

import id.linimasa.index.Corpus;
import id.linimasa.index.QuoteRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code linimasa quotes ENTITY}: what someone said, across the corpus, oldest first. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"What ENTITY said (direct and reported speech), oldest first, with the article of each quote."})
public final class QuotesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ENTITY", description = "entity id or name (e.g. Putin)")
    String entity;
    @Option(names = "--format", defaultValue = "text", description = "text or json (JSON Lines)")
    Format format;
    @Mixin
    CorpusOption corpus;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Corpus c = corpus.openExisting()) {
            if (c.resolveEntity(entity).isEmpty()) {
                spec.commandLine().getErr().println("linimasa quotes: no entity named '" + entity + "' in " + corpus.dir);
                return Main.SOME_FAILED;
            }
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
        }
        return Main.OK;
    }
}
