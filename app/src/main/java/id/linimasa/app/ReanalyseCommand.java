package id.linimasa.app;

import id.linimasa.Linimasa;
import id.linimasa.extract.SiteTemplates;
import id.linimasa.extract.TemplateLearner;
import id.linimasa.index.Corpus;
import id.linimasa.index.IngestListener;
import id.linimasa.index.IngestReport;
import id.linimasa.page.PageFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;

/** {@code linimasa reanalyse}: runs the current pipeline again over the raw pages the corpus keeps. */
@Command(name = "reanalyse", mixinStandardHelpOptions = true,
        description = {"Extracts and analyses every stored raw page again with this version of linimasa and rewrites the "
                + "articles (stories are kept), leaving out the site templates the corpus has learned. A page the pipeline now "
                + "rejects keeps its old analysis and is named with its reason; exit 1 then.",
                "With --events-only, analyses nothing and merges the stored events into timeline events again."})
public final class ReanalyseCommand extends CorpusCommand {

    @Option(names = "--events-only", description = "only merge the stored events again (after the merging rules changed, or for a corpus "
            + "written before merged events were stored); much faster than analysing every page")
    boolean eventsOnly;

    @Override
    int run(Corpus c, PrintWriter out) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (eventsOnly) {
            int[] done = {0};
            IngestReport r = c.remergeEvents((source, outcome, detail) -> {
                if (++done[0] % 10_000 == 0) {
                    err.printf("  %,d articles%n", done[0]);
                    err.flush();
                }
            });
            out.printf("articles read: %d%n", r.read());
            return Main.OK;
        }
        SiteTemplates templates = TemplateLearner.read(PageAnalysis.templateFile(c.dir())).templates();
        IngestReport r = c.reanalyse(page -> PageAnalysis.extract(page, templates, null), Linimasa.pipeline(), (source, outcome, detail) -> {
            if (outcome == IngestListener.Outcome.FAILED) err.println(detail);
        });
        out.printf("pages read: %d%narticles rewritten: %d%nfailed: %d%n", r.read(), r.stored(), r.failures().size());
        for (PageFailure f : r.failures()) out.printf("  %s%n", f.reason());
        return r.failures().isEmpty() ? Main.OK : Main.SOME_FAILED;
    }
}
