package id.linimasa.entity;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained BIO tagger: a linear model over {@link NerFeatures} with tag-transition weights, decoded
 * exactly with Viterbi (an I- tag may only follow its own type). Trained as an averaged structured
 * perceptron by {@link NerTrainer}. Immutable and thread-safe once loaded.
 */
public final class NerModel {

    /** The tag set, in the order of the weight columns. */
    public static final List<String> LABELS = List.of("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG");
    static final int L = 7;
    private static final int MAGIC = 0x4C4E4552; // "LNER"
    private static final int VERSION = 1;

    private static final int WORD_CACHE = 200_000;

    private final Map<String, Word> words = new java.util.concurrent.ConcurrentHashMap<>();
    private final float[][] beyondScores = new float[NerFeatures.OFFSETS.length][];
    private final Gazetteer gazetteer;
    private final Map<String, Integer> index;
    private final FeatureIndex rows;
    private final float[] weights;   // index * L + label
    private final float[] transitions; // (prev + 1) * L + label; row 0 is the sentence start
    /** Per gazetteer tag (and "_" beyond the sentence): the rows of its features, and its hash with the shape's prefix. */
    private final Map<String, TagRows> gazetteerRows;
    private final TagRows beyondRows;
    /** The rows of "O", the tag of most tokens, found without a lookup. */
    private final TagRows outsideRows;

    /**
     * The rows of a gazetteer tag's features at each neighbour offset, then its own; and the hash of "gs=" and the
     * tag, which the token's shape finishes.
     */
    private record TagRows(int[] rows, long shaped) {
    }

    NerModel(Gazetteer gazetteer, Map<String, Integer> index, float[] weights, float[] transitions) {
        this.gazetteer = gazetteer;
        this.index = index;
        this.rows = new FeatureIndex(index);
        this.weights = weights;
        this.transitions = transitions;
        for (int k = 0; k < beyondScores.length; k++) beyondScores[k] = sum(NerFeatures.neighbour(null, NerFeatures.OFFSETS[k]));
        Map<String, TagRows> g = new HashMap<>();
        List<String> values = new ArrayList<>(gazetteer.tagValues());
        values.add("_");
        for (String v : values) {
            int[] r = new int[NerFeatures.OFFSETS.length + 1];
            for (int k = 0; k < NerFeatures.OFFSETS.length; k++) r[k] = row(NerFeatures.GAZ_PREFIX[k] + v);
            r[NerFeatures.OFFSETS.length] = row("g=" + v);
            g.put(v, new TagRows(r, FeatureIndex.hash("gs=", v)));
        }
        this.gazetteerRows = Map.copyOf(g);
        this.beyondRows = g.get("_");
        this.outsideRows = g.get("O");
    }

    /** The BIO tag of every token. */
    public List<String> tag(List<String> tokens) {
        return read(tokens).tags();
    }

    /**
     * A sentence as the tagger read it: each token's BIO tag, and what it keeps of each token anyway (lower-cased,
     * and the gazetteer's category of the token alone, or null), for the rules that look at the words after it.
     */
    public record Reading(List<String> tags, String[] lower, String[] category) {
    }

    /**
     * Tags the tokens. A bracketed word cut into three tokens ("(", "KPK", ")") goes to the model as one, as the
     * training data cuts it ("(KPK)"); the brackets are then tagged O around the word.
     */
    public Reading read(List<String> tokens) {
        int n = tokens.size();
        String[] lower = new String[n], category = new String[n];
        List<Word> words = new ArrayList<>(n);
        java.util.BitSet joinedAt = new java.util.BitSet();
        for (int i = 0; i < n; i++) {
            Word w = word(tokens.get(i));
            lower[i] = w.lower;
            category[i] = w.gazetteer;
            if (i + 2 < n && tokens.get(i).equals("(") && tokens.get(i + 2).equals(")")
                    && Character.isLetterOrDigit(tokens.get(i + 1).charAt(0))) {
                joinedAt.set(words.size());
                words.add(word("(" + tokens.get(i + 1) + ")"));
                for (int k = i + 1; k <= i + 2; k++) {
                    Word part = word(tokens.get(k));
                    lower[k] = part.lower;
                    category[k] = part.gazetteer;
                }
                i += 2;
            } else {
                words.add(w);
            }
        }
        if (n == 0) return new Reading(List.of(), lower, category);
        int[] best = decode(emissions(words.toArray(Word[]::new)), transitions);
        List<String> out = new ArrayList<>(n);
        for (int k = 0; k < best.length; k++) {
            String tag = LABELS.get(best[k]);
            if (!joinedAt.get(k)) {
                out.add(tag);
                continue;
            }
            out.add("O");
            out.add(tag.equals("O") ? "O" : "B-" + tag.substring(2));
            out.add("O");
        }
        return new Reading(out, lower, category);
    }

    /**
     * The mean of models trained with the same gazetteer (e.g. from different shuffles): a linear model
     * whose weights vary less with the order the sentences were seen in.
     */
    static NerModel mean(List<NerModel> models) {
        Map<String, Integer> index = new HashMap<>();
        for (NerModel m : models) for (String f : m.index.keySet()) index.putIfAbsent(f, index.size());
        float[] w = new float[index.size() * L];
        float[] t = new float[(L + 1) * L];
        for (NerModel m : models) {
            for (var e : m.index.entrySet()) {
                int to = index.get(e.getKey()) * L, from = e.getValue() * L;
                for (int l = 0; l < L; l++) w[to + l] += m.weights[from + l] / models.size();
            }
            for (int i = 0; i < t.length; i++) t[i] += m.transitions[i] / models.size();
        }
        return new NerModel(models.get(0).gazetteer, index, w, t);
    }

    /** The lists the model was trained with. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public int featureCount() {
        return index.size();
    }

    /**
     * Word-alone scores, and the scores a word gives its neighbours, are summed once per word and kept (one
     * lookup per token): most tokens of news text are frequent words, so only the features that join words are
     * looked up each time.
     */
    float[][] emissions(List<String> tokens) {
        return emissions(tokens.stream().map(this::word).toArray(Word[]::new));
    }

    private float[][] emissions(Word[] w) {
        int n = w.length;
        String[] lower = new String[n], first = new String[n];
        boolean[] goesOn = new boolean[n];
        for (int i = 0; i < n; i++) {
            lower[i] = w[i].lower;
            first[i] = w[i].gazetteer;
            goesOn[i] = w[i].goesOn;
        }
        String[] gaz = gazetteer.tag(lower, first, goesOn);
        TagRows[] gazRows = new TagRows[n];
        for (int i = 0; i < n; i++) gazRows[i] = "O".equals(gaz[i]) ? outsideRows : gazetteerRows.get(gaz[i]);
        int[] joined = joinedRows(w, gaz, gazRows);
        float[][] s = new float[n][];
        for (int i = 0; i < n; i++) {
            float[] row = w[i].own.clone();
            for (int k = 0; k < NerFeatures.OFFSETS.length; k++) {
                int j = i + NerFeatures.OFFSETS[k];
                float[] g = j < 0 || j >= n ? beyondScores[k] : w[j].given[k];
                for (int l = 0; l < L; l++) row[l] += g[l];
            }
            local(w, gaz, gazRows, joined, i, row);
            s[i] = row;
        }
        return s;
    }

    /** Features per token whose rows {@link #joinedRows} finds: the four that join words, and the gazetteer tag with the shape. */
    private static final int JOINED = 5;

    /**
     * The rows of the features that join each token to its neighbours ("w-1w=", "ww+1=", "w-1w+1=", "s-1s=", at
     * {@code i * JOINED}), and of its gazetteer tag with its shape when the tag is not "O" (at {@code i * JOINED + 4};
     * -1 otherwise): looked up for the whole sentence at once, so that the table's memory reads overlap.
     */
    private int[] joinedRows(Word[] w, String[] gaz, TagRows[] gazRows) {
        int n = w.length;
        long[] hashes = new long[n * JOINED];
        int[] shaped = new int[n];
        int count = n * (JOINED - 1);
        for (int i = 0; i < n; i++) {
            Pairs prev = i == 0 ? START : w[i - 1].pairs, own = w[i].pairs, next = i + 1 == n ? END : w[i + 1].pairs;
            int at = i * (JOINED - 1);
            hashes[at] = FeatureIndex.then(prev.before, own.word);
            hashes[at + 1] = FeatureIndex.then(own.then, next.word);
            hashes[at + 2] = FeatureIndex.then(prev.around, next.word);
            hashes[at + 3] = FeatureIndex.then(FeatureIndex.then(prev.shapes, own.shape), next.shape);
            shaped[i] = "O".equals(gaz[i]) ? -1 : count;
            if (shaped[i] >= 0) hashes[count++] = FeatureIndex.then(gazRows[i].shaped, own.shape);
        }
        int[] found = rows.rows(hashes, count);
        int[] out = new int[n * JOINED];
        for (int i = 0; i < n; i++) {
            System.arraycopy(found, i * (JOINED - 1), out, i * JOINED, JOINED - 1);
            out[i * JOINED + JOINED - 1] = shaped[i] < 0 ? -1 : found[shaped[i]];
        }
        return out;
    }

    /**
     * Adds token i's contextual features ({@link NerFeatures#local}, in its order, so that the sums come out the
     * same) to {@code row}: those of one word and of a gazetteer tag by rows found once, those that join words by
     * the rows {@link #joinedRows} found.
     */
    private void local(Word[] w, String[] gaz, TagRows[] gazRows, int[] joined, int i, float[] row) {
        int n = w.length;
        boolean opening = i == 0 || w[i - 1].opening;
        addRow(row, opening ? w[i].firstRow : w[i].middleRow);
        for (int k = 0; k < NerFeatures.OFFSETS.length; k++) {
            int j = i + NerFeatures.OFFSETS[k];
            addRow(row, (j < 0 || j >= n ? beyondRows : gazRows[j]).rows[k]);
        }
        int at = i * JOINED;
        for (int k = 0; k < JOINED - 1; k++) addRow(row, joined[at + k]);
        addRow(row, gazRows[i].rows[NerFeatures.OFFSETS.length]);
        addRow(row, "O".equals(gaz[i]) ? w[i].plainRow : joined[at + JOINED - 1]);
    }

    private void addRow(float[] row, int k) {
        if (k < 0) return;
        int base = k * L;
        for (int l = 0; l < L; l++) row[l] += weights[base + l];
    }

    /**
     * What the tagger keeps of a word: the summed scores of its own features, those it gives the token at each
     * neighbour offset ({@link NerFeatures#OFFSETS}), its lower-cased form, the weight rows of its
     * shape at a sentence's opening and inside it and outside any gazetteer name (-1: no such feature), and how
     * the gazetteer sees it as the first word of a name; whether it opens what follows (a quotation mark, a bracket).
     */
    private record Word(float[] own, float[][] given, String lower, int firstRow, int middleRow, int plainRow,
                        String gazetteer, boolean goesOn, Pairs pairs, boolean opening) {
    }

    /**
     * The hashes of the features that join a word to the next ones, as far as the word goes: "w-1w=" and
     * "w-1w+1=" with it as the word before, "ww+1=" with it as the word itself, "s-1s=" with its shape first; and
     * the word and its shape as parts that follow another word's ({@link FeatureIndex#then} joins them).
     */
    private record Pairs(long before, long around, long then, long shapes, FeatureIndex.Part word, FeatureIndex.Part shape) {
        static Pairs of(String lower, String shape) {
            return new Pairs(FeatureIndex.hash("w-1w=", lower), FeatureIndex.hash("w-1w+1=", lower),
                    FeatureIndex.hash("ww+1=", lower), FeatureIndex.hash("s-1s=", shape), FeatureIndex.Part.of(lower), FeatureIndex.Part.of(shape));
        }
    }

    /** What the sentence start gives the features of its first word, and the sentence end those of its last. */
    private static final Pairs START = Pairs.of("<s>", "_"), END = Pairs.of("</s>", "_");

    private Word word(String token) {
        Word w = words.get(token);
        if (w == null) {
            float[][] given = new float[NerFeatures.OFFSETS.length][];
            for (int k = 0; k < given.length; k++) given[k] = sum(NerFeatures.neighbour(token, NerFeatures.OFFSETS[k]));
            String lower = token.toLowerCase(java.util.Locale.ROOT), shape = NerFeatures.shortShape(token);
            w = new Word(sum(NerFeatures.intrinsic(token)), given, lower, row("s1=F" + shape), row("s1=M" + shape),
                    row("gs=O|" + shape), gazetteer.startCategory(token, lower), gazetteer.goesOn(lower), Pairs.of(lower, shape),
                    NerFeatures.isOpening(token));
            if (words.size() < WORD_CACHE) words.put(token, w);
        }
        return w;
    }

    private int row(String feature) {
        Integer k = index.get(feature);
        return k == null ? -1 : k;
    }

    /**
     * Whether token {@code i} is a capitalised word inside the sentence that the training text never showed
     * (no word features) and no list knows, not even as an ordinary word: a name the tagger has never seen.
     * (Pushing such words towards B- tags in decoding, tuned on dev.txt, gained nothing, so it is left to the
     * article-level rules of {@link NameFinder}.)
     */
    boolean unseenCapitalised(List<String> words, Reading reading, int i) {
        String w = words.get(i);
        if (i == 0 || w.length() < 3 || !Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(w.length() - 1))) return false;
        String prev = words.get(i - 1);
        if (prev.length() == 1 && ".!?\"“‘'(:".indexOf(prev.charAt(0)) >= 0) return false;
        return reading.category()[i] == null && !index.containsKey("w=" + reading.lower()[i]);
    }

    float[] sum(List<String> feats) {
        float[] row = new float[L];
        for (String f : feats) {
            Integer k = index.get(f);
            if (k == null) continue;
            int base = k * L;
            for (int l = 0; l < L; l++) row[l] += weights[base + l];
        }
        return row;
    }

    static boolean allowed(int prev, int label) {
        // I-X (odd-numbered labels after O are B, even are I) only after B-X or I-X.
        if (label == 0 || label % 2 == 1) return true;
        return prev == label - 1 || prev == label;
    }

    static int[] decode(float[][] emit, float[] trans) {
        int n = emit.length;
        float[] score = new float[L], next = new float[L];
        int[] back = new int[n * L]; // per token and label, the best label before
        for (int l = 0; l < L; l++) score[l] = allowed(-1, l) ? emit[0][l] + trans[l] : Float.NEGATIVE_INFINITY;
        for (int i = 1; i < n; i++) {
            for (int l = 0; l < L; l++) {
                float bestScore = Float.NEGATIVE_INFINITY;
                int bestPrev = 0;
                // the labels allowed before l, in order: all of them, or for an I- tag its B- and itself
                boolean inside = l != 0 && l % 2 == 0;
                for (int p = inside ? l - 1 : 0, to = inside ? l : L - 1; p <= to; p++) {
                    float v = score[p] + trans[(p + 1) * L + l];
                    if (v > bestScore) {
                        bestScore = v;
                        bestPrev = p;
                    }
                }
                next[l] = bestScore + emit[i][l];
                back[i * L + l] = bestPrev;
            }
            float[] t = score;
            score = next;
            next = t;
        }
        int[] out = new int[n];
        int last = 0;
        for (int l = 1; l < L; l++) if (score[l] > score[last]) last = l;
        out[n - 1] = last;
        for (int i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
        return out;
    }

    public void save(Path file) {
        try (OutputStream os = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            gazetteer.write(out);
            for (float t : transitions) out.writeFloat(t);
            out.writeInt(index.size());
            for (var e : new java.util.TreeMap<>(index).entrySet()) { // sorted, so a rebuild gives the same bytes
                out.writeUTF(e.getKey());
                int base = e.getValue() * L;
                for (int l = 0; l < L; l++) out.writeFloat(weights[base + l]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write model (" + e.getMessage() + ")", e);
        }
    }

    public static NerModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read model (" + e.getMessage() + ")", e);
        }
    }

    /** The model shipped in core's resources. */
    public static NerModel standard() {
        return Standard.MODEL;
    }

    private static final class Standard {
        static final NerModel MODEL = loadStandard();
    }

    /** A fresh copy of the shipped model (nothing cached yet); {@link #standard()} shares one. */
    public static NerModel loadStandard() {
        try (InputStream in = NerModel.class.getResourceAsStream("ner.bin")) {
            if (in == null) throw new IllegalStateException("the NER model resource id/linimasa/entity/ner.bin is missing");
            return read(in, "resource ner.bin");
        } catch (IOException e) {
            throw new UncheckedIOException("resource ner.bin: cannot read model (" + e.getMessage() + ")", e);
        }
    }

    static NerModel read(InputStream raw, String name) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
        if (in.readInt() != MAGIC) throw new IOException(name + " is not a linimasa NER model");
        int version = in.readInt();
        if (version != VERSION) throw new IOException(name + " has model version " + version + ", expected " + VERSION);
        Gazetteer g = Gazetteer.read(in);
        float[] trans = new float[(L + 1) * L];
        for (int i = 0; i < trans.length; i++) trans[i] = in.readFloat();
        int n = in.readInt();
        Map<String, Integer> index = new HashMap<>(n * 4 / 3 + 1);
        float[] w = new float[n * L];
        for (int i = 0; i < n; i++) {
            index.put(in.readUTF(), i);
            for (int l = 0; l < L; l++) w[i * L + l] = in.readFloat();
        }
        return new NerModel(g, index, w, trans);
    }
}
