package id.linimasa.app;

import id.linimasa.entity.ConllReader;
import id.linimasa.entity.EntityCatalog;
import id.linimasa.entity.NerLexicon;
import id.linimasa.entity.NerModel;
import id.linimasa.entity.NerSentence;
import id.linimasa.entity.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code linimasa train ner}: trains the NER tagger on CoNLL BIO files. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Trains the named-entity tagger (averaged perceptron) on CoNLL-style BIO files.")
public final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--train", paramLabel = "FILE", required = true, arity = "1..*", description = "training files (token first, tag last)")
    List<Path> train;

    @Option(names = "--dev", paramLabel = "FILE", description = "development file: keeps the epoch that scores best on it")
    Path dev;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "where to write the model")
    Path out;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "20", description = "training passes (default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "shuffling seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--word-dropout", paramLabel = "SHARE", defaultValue = "0.1",
            description = "share of tokens whose word features are hidden per pass (default ${DEFAULT-VALUE})")
    double wordDropout;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "models trained on different shuffles and averaged (default ${DEFAULT-VALUE})")
    int runs;

    @Override
    public Integer call() {
        try {
            return train();
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            return Main.SOME_FAILED;
        }
    }

    private int train() {
        List<NerSentence> sentences = new ArrayList<>();
        for (Path p : train) {
            if (!Files.isRegularFile(p)) {
                System.err.println(p + ": no such file");
                return Main.SOME_FAILED;
            }
            sentences.addAll(ConllReader.read(p));
        }
        List<NerSentence> devSentences = dev == null ? List.of() : ConllReader.read(dev);
        long t0 = System.nanoTime();
        NerModel model = new NerTrainer(NerLexicon.gazetteer(EntityCatalog.standard(), sentences), epochs, seed, wordDropout)
                .train(sentences, devSentences, runs, System.err::println);
        model.save(out);
        System.out.printf("trained on %d sentences in %.1f s: %d features, wrote %s (%d bytes)%n", sentences.size(),
                (System.nanoTime() - t0) / 1e9, model.featureCount(), out, out.toFile().length());
        return Main.OK;
    }
}
