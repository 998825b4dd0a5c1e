package id.linimasa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.linimasa.eval.ExtractionEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code linimasa eval extraction DIR}: body precision/recall/F1, title and date accuracy, pages/s. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Scores article extraction on a benchmark folder (html/<id>.html.gz and ground-truth.json).")
public final class EvalExtractionCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder with html/<id>.html.gz and ground-truth.json.")
    Path dir;

    @Option(names = "--per-page", paramLabel = "FILE", description = "Write each page's scores as JSON Lines.")
    Path perPage;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the extracted bodies as {id: {\"articleBody\": ...}}.")
    Path out;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Option(names = "--min-f1", paramLabel = "X", description = "Exit 1 when the F1 is below X.")
    Double minF1;

    @Option(names = "--learn-templates", description = "Learn each site's template from all the folder's pages first, then extract with it.")
    boolean learnTemplates;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
            System.err.println("linimasa: " + dir + ": no ground-truth.json in this folder");
            return Main.USAGE;
        }
        ExtractionEvaluation.Report r = new ExtractionEvaluation().run(dir, learnTemplates);
        if (perPage != null) {
            try (BufferedWriter w = Files.newBufferedWriter(perPage)) {
                for (ExtractionEvaluation.PageResult p : r.perPage()) {
                    ObjectNode o = JSON.createObjectNode();
                    o.put("id", p.id());
                    o.put("precision", p.precision());
                    o.put("recall", p.recall());
                    if (p.titleOk() != null) o.put("title_ok", p.titleOk());
                    if (p.dateOk() != null) o.put("date_ok", p.dateOk());
                    if (p.dateExact() != null) o.put("date_exact", p.dateExact());
                    if (p.error() != null) o.put("error", p.error());
                    w.write(o.toString());
                    w.newLine();
                }
            }
        }
        if (out != null) {
            ObjectNode all = JSON.createObjectNode();
            for (ExtractionEvaluation.PageResult p : r.perPage()) all.putObject(p.id()).put("articleBody", p.body());
            JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), all);
        }
        if (format == Format.json) {
            ObjectNode o = JSON.createObjectNode();
            o.put("pages", r.pages());
            o.put("precision", Output.rounded(r.precision(), 4));
            o.put("recall", Output.rounded(r.recall(), 4));
            o.put("f1", Output.rounded(r.f1(), 4));
            if (r.titleAccuracy() == null) o.putNull("title_accuracy"); else o.put("title_accuracy", Output.rounded(r.titleAccuracy(), 4));
            if (r.dateAccuracy() == null) o.putNull("date_accuracy"); else o.put("date_accuracy", Output.rounded(r.dateAccuracy(), 4));
            o.put("pages_per_second", Output.rounded(r.pagesPerSecond(), 1));
            System.out.println(o);
        } else {
            System.out.printf(Locale.ROOT, "pages: %d%nprecision: %.4f%nrecall: %.4f%nf1: %.4f%ntitle accuracy: %s%ndate accuracy: %s%npages/s: %.1f%n",
                    r.pages(), r.precision(), r.recall(), r.f1(), share(r.titleAccuracy()), share(r.dateAccuracy()), r.pagesPerSecond());
        }
        if (ScoreTable.belowFloor("linimasa: extraction F1", r.f1(), minF1)) return Main.SOME_FAILED;
        return Main.OK;
    }

    private static String share(Double x) {
        return x == null ? "n/a (no gold)" : String.format(Locale.ROOT, "%.4f", x);
    }
}
