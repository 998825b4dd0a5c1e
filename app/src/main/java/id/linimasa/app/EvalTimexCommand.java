package id.linimasa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.linimasa.Analysis;
import id.linimasa.Pipeline;
import id.linimasa.eval.TimeMlDocument;
import id.linimasa.eval.TimexScore;
import id.linimasa.extract.Article;
import id.linimasa.text.SentenceSplitter;
import id.linimasa.time.Timex;
import id.linimasa.time.TimexStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code linimasa eval timex}: TempEval-3 style scores of the time tagger on TimeML documents. */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = "Tags the text of TimeML documents (.tml, gold TIMEX3s removed) and scores the result against the gold: "
                + "strict and relaxed span precision/recall/F1, type accuracy and value F1. Relative expressions are resolved "
                + "against each document's creation time (the DCT).")
public final class EvalTimexCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "folder of .tml files (read recursively), or one file")
    Path dir;

    @Option(names = "--out", paramLabel = "DIR", description = "also write each tagged document there as TimeML")
    Path out;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--min-f1", paramLabel = "X", description = "exit 1 when the strict span F1 is below X")
    Double minF1;

    private final Pipeline pipeline = new Pipeline(List.of(new SentenceSplitter(), new TimexStage()));

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(dir)) {
            System.err.println(dir + ": no such file or folder");
            return Main.SOME_FAILED;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tml") && Files.isRegularFile(p)).sorted().toList();
        }
        if (files.isEmpty()) {
            System.err.println(dir + ": no .tml documents");
            return Main.SOME_FAILED;
        }
        if (out != null) Files.createDirectories(out);
        TimexScore total = TimexScore.EMPTY;
        List<TimeMlDocument> docs = new ArrayList<>();
        int failed = 0;
        for (Path f : files) {
            TimeMlDocument doc;
            try {
                doc = TimeMlDocument.read(f);
            } catch (IOException | RuntimeException e) {
                System.err.println(f + ": " + e.getMessage());
                failed++;
                continue;
            }
            docs.add(doc);
            List<Timex> system = tag(doc);
            total = total.plus(TimexScore.of(doc.gold(), system));
            if (out != null) Files.writeString(out.resolve(doc.name()), doc.toTimeMl(system), StandardCharsets.UTF_8);
        }
        print(total);
        if (format == Format.text) printSpeed(docs);
        double f1 = total.strictPrf().f1();
        if (ScoreTable.belowFloor("eval timex: strict F1", f1, minF1)) return Main.SOME_FAILED;
        return failed > 0 ? Main.SOME_FAILED : Main.OK;
    }

    private List<Timex> tag(TimeMlDocument doc) {
        Article a = new Article(doc.name(), doc.name(), null, null, doc.created(), null, List.of(), List.of(), null, null,
                "id", List.of(), List.of(), doc.text());
        Analysis analysis = pipeline.analyse(a);
        return analysis.timexes();
    }

    /** Tagging speed (sentences and time expressions, one thread) over the documents, after a warm-up round. */
    private void printSpeed(List<TimeMlDocument> docs) {
        long chars = 0;
        long t0 = 0;
        int rounds = 0;
        for (int round = 0; round < 20 && (round < 2 || System.nanoTime() - t0 < 1_000_000_000L); round++) {
            if (round == 1) t0 = System.nanoTime();
            for (TimeMlDocument d : docs) {
                tag(d);
                if (round > 0) chars += d.text().length();
            }
            if (round > 0) rounds++;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("speed         %.0f KB/s of text, %.0f documents/s (one thread, %d rounds)%n",
                chars / 1024.0 / seconds, rounds * docs.size() / seconds, rounds);
    }

    private void print(TimexScore s) throws IOException {
        if (format == Format.json) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = ScoreTable.counts(json, s.documents(), s.gold(), s.system());
            root.set("strict", ScoreTable.json(json, s.strictPrf()));
            root.set("relaxed", ScoreTable.json(json, s.relaxedPrf()));
            root.put("type_accuracy", s.typeAccuracy());
            root.put("value_f1", s.valueF1());
            System.out.println(json.writeValueAsString(root));
            return;
        }
        System.out.printf("documents %d, gold TIMEX3 %d, system TIMEX3 %d%n", s.documents(), s.gold(), s.system());
        ScoreTable.header(8, "match");
        ScoreTable.line(8, "strict", s.strictPrf());
        ScoreTable.line(8, "relaxed", s.relaxedPrf());
        System.out.printf("type accuracy %.4f%nvalue F1      %.4f%n", s.typeAccuracy(), s.valueF1());
    }
}
