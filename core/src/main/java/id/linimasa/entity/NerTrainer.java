package id.linimasa.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link NerModel} as an averaged structured perceptron (Collins 2002): decode each training
 * sentence with the current weights, and where the best path differs from the gold tags, add the gold
 * path's features and subtract the predicted one's. Averaging the weights over all steps keeps the model
 * from overfitting the last sentences seen. With a dev set, keeps the epoch whose averaged model scores best.
 */
public final class NerTrainer {

    private final Gazetteer gazetteer;
    private final int epochs;
    private final long seed;

    private final double wordDropout;

    public NerTrainer(Gazetteer gazetteer, int epochs, long seed) {
        this(gazetteer, epochs, seed, 0);
    }

    /**
     * @param wordDropout share of training tokens whose word-identity features are hidden in each pass, so
     *                    that the model learns to recognise names from shape, affixes and context as it must
     *                    for the names it has never seen
     */
    public NerTrainer(Gazetteer gazetteer, int epochs, long seed, double wordDropout) {
        this.gazetteer = gazetteer;
        this.epochs = epochs;
        this.seed = seed;
        this.wordDropout = wordDropout;
    }

    /**
     * Trains {@code runs} models on differently shuffled passes (seeds seed, seed+1, ...) and returns their
     * mean: single perceptron runs on a small training set differ by about a point of F1 with the order.
     */
    public NerModel train(List<NerSentence> train, List<NerSentence> dev, int runs, Consumer<String> log) {
        List<NerModel> models = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            log.accept("run " + (r + 1) + " of " + runs);
            models.add(new NerTrainer(gazetteer, epochs, seed + r, wordDropout).train(train, dev, log));
        }
        NerModel mean = NerModel.mean(models);
        if (!dev.isEmpty()) log.accept(String.format("mean of %d runs: dev F1 %.4f", runs, NerEvaluation.score(mean, dev).overall().f1()));
        return mean;
    }

    public NerModel train(List<NerSentence> train, List<NerSentence> dev, Consumer<String> log) {
        NerFeatures features = new NerFeatures(gazetteer);
        Map<String, Integer> index = new HashMap<>();
        List<int[][]> xs = new ArrayList<>();
        List<int[]> ys = new ArrayList<>();
        for (NerSentence s : train) {
            List<List<String>> f = features.sentence(s.tokens());
            int[][] x = new int[f.size()][];
            for (int i = 0; i < x.length; i++) {
                x[i] = f.get(i).stream().mapToInt(k -> index.computeIfAbsent(k, kk -> index.size())).toArray();
            }
            xs.add(x);
            ys.add(repaired(s.tags()));
        }
        boolean[] lexical = new boolean[index.size()];
        index.forEach((name, k) -> lexical[k] = NerFeatures.isWordIdentity(name));
        int L = NerModel.L;
        float[] w = new float[index.size() * L];
        float[] u = new float[w.length];          // sum of step * update, for averaging
        float[] t = new float[(L + 1) * L];
        float[] tu = new float[t.length];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) order.add(i);
        Random random = new Random(seed);
        int step = 1;
        NerModel best = null;
        double bestF1 = -1;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            int errors = 0;
            for (int si : order) {
                int[][] x = wordDropout > 0 ? dropWords(xs.get(si), lexical, random) : xs.get(si);
                int[] gold = ys.get(si);
                int[] pred = NerModel.decode(emissions(x, w), x.length, t);
                for (int i = 0; i < x.length; i++) {
                    int gp = i == 0 ? -1 : gold[i - 1];
                    int pp = i == 0 ? -1 : pred[i - 1];
                    if (gold[i] == pred[i] && gp == pp) continue;
                    if (gold[i] != pred[i]) {
                        errors++;
                        for (int k : x[i]) {
                            w[k * L + gold[i]] += 1;
                            u[k * L + gold[i]] += step;
                            w[k * L + pred[i]] -= 1;
                            u[k * L + pred[i]] -= step;
                        }
                    }
                    t[(gp + 1) * L + gold[i]] += 1;
                    tu[(gp + 1) * L + gold[i]] += step;
                    t[(pp + 1) * L + pred[i]] -= 1;
                    tu[(pp + 1) * L + pred[i]] -= step;
                }
                step++;
            }
            NerModel model = averaged(index, w, u, t, tu, step);
            if (dev.isEmpty()) {
                log.accept("epoch " + epoch + ": " + errors + " token errors");
                best = model;
                continue;
            }
            double f1 = NerEvaluation.score(model, dev).overall().f1();
            log.accept(String.format("epoch %d: %d token errors, dev F1 %.4f", epoch, errors, f1));
            if (f1 > bestF1) {
                bestF1 = f1;
                best = model;
            }
        }
        return best;
    }

    /** Gold tags the decoder can produce: an I- tag that starts a chunk becomes B- (conlleval reads it so). */
    private static int[] repaired(List<String> tags) {
        int[] y = new int[tags.size()];
        for (TagChunk c : TagChunk.of(tags)) {
            for (int i = c.start(); i < c.end(); i++) y[i] = NerModel.LABELS.indexOf((i == c.start() ? "B-" : "I-") + c.type());
        }
        return y;
    }

    private int[][] dropWords(int[][] x, boolean[] lexical, Random random) {
        int[][] out = new int[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = random.nextDouble() < wordDropout ? java.util.Arrays.stream(x[i]).filter(k -> !lexical[k]).toArray() : x[i];
        }
        return out;
    }

    private static float[] emissions(int[][] x, float[] w) {
        int L = NerModel.L;
        float[] s = new float[x.length * L];
        for (int i = 0; i < x.length; i++) {
            for (int k : x[i]) {
                int base = k * L;
                for (int l = 0; l < L; l++) s[i * L + l] += w[base + l];
            }
        }
        return s;
    }

    /** The averaged model, keeping only features with some non-zero weight. */
    private NerModel averaged(Map<String, Integer> index, float[] w, float[] u, float[] t, float[] tu, int step) {
        int L = NerModel.L;
        Map<String, Integer> kept = new HashMap<>();
        List<float[]> rows = new ArrayList<>();
        for (var e : index.entrySet()) {
            int base = e.getValue() * L;
            float[] row = new float[L];
            boolean any = false;
            for (int l = 0; l < L; l++) {
                row[l] = w[base + l] - u[base + l] / step;
                any |= Math.abs(row[l]) > 1e-6f;
            }
            if (!any) continue;
            kept.put(e.getKey(), rows.size());
            rows.add(row);
        }
        float[] aw = new float[rows.size() * L];
        for (int i = 0; i < rows.size(); i++) System.arraycopy(rows.get(i), 0, aw, i * L, L);
        float[] at = new float[t.length];
        for (int i = 0; i < t.length; i++) at[i] = t[i] - tu[i] / step;
        return new NerModel(gazetteer, kept, aw, at);
    }
}
