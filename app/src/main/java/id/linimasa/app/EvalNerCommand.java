package id.linimasa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.linimasa.entity.ConllReader;
import id.linimasa.entity.EntityType;
import id.linimasa.entity.NerEvaluation;
import id.linimasa.entity.NerModel;
import id.linimasa.entity.NerScore;
import id.linimasa.entity.NerSentence;
import id.linimasa.eval.Prf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** {@code linimasa eval ner}: entity-level exact-match P/R/F1 (conlleval semantics) and tagging speed. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Scores the NER tagger on a CoNLL-style BIO file: precision, recall, F1 overall and per type, tokens/s.")
public final class EvalNerCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "labelled test file (token first, tag last)")
    Path file;

    @Option(names = "--model", paramLabel = "FILE", description = "model file (default: the model shipped with linimasa)")
    Path model;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--min-f1", paramLabel = "X", description = "exit 1 when the overall F1 is below X")
    Double minF1;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            System.err.println(file + ": no such file");
            return Main.SOME_FAILED;
        }
        List<NerSentence> sentences;
        NerModel m;
        long l0;
        try {
            sentences = ConllReader.read(file);
            l0 = System.nanoTime();
            m = load();
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            return Main.SOME_FAILED;
        }
        double loadSeconds = (System.nanoTime() - l0) / 1e9;
        int tokens = sentences.stream().mapToInt(s -> s.tokens().size()).sum();
        NerScore score = NerEvaluation.score(m, sentences); // also the warm-up, so the speed is the steady state
        double tokensPerSecond = tokensPerSecond(load(), sentences, tokens);
        print(score, tokensPerSecond, loadSeconds);
        if (ScoreTable.belowFloor("eval ner: F1", score.overall().f1(), minF1)) return Main.SOME_FAILED;
        return Main.OK;
    }

    private NerModel load() {
        return model == null ? NerModel.loadStandard() : NerModel.load(model);
    }

    /**
     * Tokens per second of CPU time of the tagging thread (so per core; on a shared machine wall-clock time
     * would measure the neighbours), in one pass of a freshly loaded model: every word is new to it, as in
     * unseen text, while the code is already warm from the scoring pass.
     */
    private static double tokensPerSecond(NerModel fresh, List<NerSentence> sentences, int tokens) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        for (NerSentence s : sentences) fresh.tag(s.tokens());
        return tokens / ((cpu.getCurrentThreadCpuTime() - start) / 1e9);
    }

    private void print(NerScore score, double tokensPerSecond, double loadSeconds) throws Exception {
        if (format == Format.json) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = json.createObjectNode();
            root.set("overall", rates(json, score.overall()));
            ObjectNode per = root.putObject("per_type");
            for (Map.Entry<EntityType, NerScore.Prf> e : score.perType().entrySet()) per.set(e.getKey().name(), rates(json, e.getValue()));
            root.put("tokens_per_second", Math.round(tokensPerSecond));
            root.put("model_load_seconds", loadSeconds);
            System.out.println(json.writeValueAsString(root));
            return;
        }
        System.out.printf("%-8s %9s %9s %9s %7s %7s%n", "type", "precision", "recall", "F1", "gold", "found");
        for (Map.Entry<EntityType, NerScore.Prf> e : score.perType().entrySet()) line(e.getKey().name(), e.getValue());
        line("overall", score.overall());
        System.out.printf("tokens/s %.0f (per core: CPU time of one thread, fresh model), model loaded in %.2f s%n", tokensPerSecond, loadSeconds);
    }

    private static void line(String name, NerScore.Prf p) {
        System.out.printf("%-8s %9.4f %9.4f %9.4f %7d %7d%n", name, p.precision(), p.recall(), p.f1(), p.gold(), p.predicted());
    }

    private static ObjectNode rates(ObjectMapper json, NerScore.Prf p) {
        return ScoreTable.json(json, new Prf(p.precision(), p.recall()));
    }
}
