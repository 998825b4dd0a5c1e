package id.linimasa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.eval.QuoteGoldDocument;
import id.linimasa.eval.QuoteScore;
import id.linimasa.extract.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code linimasa eval quotes}: the quote finder against a gold set of Indonesian news documents. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Runs the full analysis on the documents of a quote gold set (.qt files; the format is described in "
                + "examples/quotes/README.md) and scores the quotes found: precision/recall/F1 of detection (a found quote "
                + "holds a gold quote's first words) and of detection with the right speaker entity; kind (direct or "
                + "indirect) and speaker accuracy on the detected quotes.")
public final class EvalQuotesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "folder of .qt files (read recursively), or one file")
    Path dir;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--errors", description = "also list each missed quote, wrong kind or speaker, and extra quote (text format)")
    boolean errors;

    @Option(names = "--min-f1", paramLabel = "X", description = "exit 1 when the F1 of detection is below X")
    Double minF1;

    @Option(names = "--min-speaker-f1", paramLabel = "X", description = "exit 1 when the F1 of detection with the right speaker is below X")
    Double minSpeakerF1;

    @Override
    public Integer call() throws IOException {
        GoldFiles<QuoteGoldDocument> docs = GoldFiles.load(dir, ".qt", QuoteGoldDocument::read);
        if (docs.documents().isEmpty()) return Main.SOME_FAILED;
        QuoteScore total = QuoteScore.EMPTY;
        for (QuoteGoldDocument doc : docs.documents()) {
            Article article = doc.article();
            Analysis a = Linimasa.analyse(article);
            total = total.plus(QuoteScore.of(doc.name(), article.analysisText(), doc.gold(), a.quotes()));
        }
        print(total);
        int status = docs.failed() > 0 ? Main.SOME_FAILED : Main.OK;
        if (ScoreTable.belowFloor("eval quotes: detection F1", total.detection().f1(), minF1)) status = Main.SOME_FAILED;
        if (ScoreTable.belowFloor("eval quotes: F1 with speaker", total.withSpeaker().f1(), minSpeakerF1)) status = Main.SOME_FAILED;
        return status;
    }

    private void print(QuoteScore s) throws IOException {
        if (format == Format.json) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = ScoreTable.counts(json, s.documents(), s.gold(), s.system());
            root.set("detection", ScoreTable.json(json, s.detection()));
            root.set("speaker", ScoreTable.json(json, s.withSpeaker()));
            root.put("kind_accuracy", s.kindAccuracy());
            root.put("speaker_accuracy", s.speakerAccuracy());
            System.out.println(json.writeValueAsString(root));
            return;
        }
        System.out.printf("documents %d, gold quotes %d, system quotes %d%n", s.documents(), s.gold(), s.system());
        ScoreTable.header(16, "match");
        ScoreTable.line(16, "quote", s.detection());
        ScoreTable.line(16, "quote+speaker", s.withSpeaker());
        System.out.printf("kind accuracy    %.4f%nspeaker accuracy %.4f%n", s.kindAccuracy(), s.speakerAccuracy());
        if (errors) s.misses().forEach(System.out::println);
    }
}
