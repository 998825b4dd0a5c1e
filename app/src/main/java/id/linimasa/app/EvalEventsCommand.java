package id.linimasa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.eval.EventGoldDocument;
import id.linimasa.eval.EventScore;
import id.linimasa.extract.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code linimasa eval events}: the event coder against a gold set of coded Indonesian sentences. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Runs the full analysis on the documents of an event gold set (.ev files; the format is described in "
                + "examples/events/README.md) and scores the coded events: precision/recall/F1 of detection with the right "
                + "PLOVER type, with the right source and target actors, with the right date, and with all three; status "
                + "and mode accuracy on the detected events.")
public final class EvalEventsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "folder of .ev files (read recursively), or one file")
    Path dir;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--errors", description = "also list each missed, differing and extra event (text format)")
    boolean errors;

    @Option(names = "--min-f1", paramLabel = "X", description = "exit 1 when the F1 of detection with type is below X")
    Double minF1;

    @Option(names = "--min-actors-f1", paramLabel = "X", description = "exit 1 when the F1 of detection with type and actors is below X")
    Double minActorsF1;

    @Override
    public Integer call() throws IOException {
        GoldFiles<EventGoldDocument> docs = GoldFiles.load(dir, ".ev", EventGoldDocument::read);
        if (docs.documents().isEmpty()) return Main.SOME_FAILED;
        EventScore total = EventScore.EMPTY;
        for (EventGoldDocument doc : docs.documents()) {
            Article article = doc.article();
            Analysis a = Linimasa.analyse(article);
            total = total.plus(EventScore.of(doc.name(), article.analysisText(), doc.gold(), a.events(), a.sentences()));
        }
        print(total);
        int status = docs.failed() > 0 ? Main.SOME_FAILED : Main.OK;
        if (ScoreTable.belowFloor("eval events: F1 with type", total.typePrf().f1(), minF1)) status = Main.SOME_FAILED;
        if (ScoreTable.belowFloor("eval events: F1 with actors", total.actorPrf().f1(), minActorsF1)) status = Main.SOME_FAILED;
        return status;
    }

    private void print(EventScore s) throws IOException {
        if (format == Format.json) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = ScoreTable.counts(json, s.documents(), s.gold(), s.system());
            root.set("type", ScoreTable.json(json, s.typePrf()));
            root.set("actors", ScoreTable.json(json, s.actorPrf()));
            root.set("dates", ScoreTable.json(json, s.datePrf()));
            root.set("full", ScoreTable.json(json, s.fullPrf()));
            root.put("status_accuracy", s.statusAccuracy());
            root.put("mode_accuracy", s.modeAccuracy());
            System.out.println(json.writeValueAsString(root));
            return;
        }
        System.out.printf("documents %d, gold events %d, system events %d%n", s.documents(), s.gold(), s.system());
        ScoreTable.header(16, "match");
        ScoreTable.line(16, "type", s.typePrf());
        ScoreTable.line(16, "type+actors", s.actorPrf());
        ScoreTable.line(16, "type+date", s.datePrf());
        ScoreTable.line(16, "type+actors+date", s.fullPrf());
        System.out.printf("status accuracy %.4f%nmode accuracy   %.4f%n", s.statusAccuracy(), s.modeAccuracy());
        if (errors) s.misses().forEach(System.out::println);
    }
}
