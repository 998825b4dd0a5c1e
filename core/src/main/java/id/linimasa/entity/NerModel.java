package id.linimasa.entity;

import id.linimasa.text.Span;
import id.linimasa.text.Tokens;
import id.linimasa.text.WordMap;
import id.linimasa.text.WordSet;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private final WordCache words = new WordCache(WORD_CACHE);
    private final float[][] beyondScores = new float[NerFeatures.OFFSETS.length][];
    private final Gazetteer gazetteer;
    private final Map<String, Integer> index;
    private final float[] weights;   // index * L + label
    private final float[] transitions; // (prev + 1) * L + label; row 0 is the sentence start
    /** Per gazetteer tag (and "_" beyond the sentence): the rows of its features, and its id as a part of "gs=". */
    private final Map<String, TagRows> gazetteerRows;
    private final TagRows beyondRows;
    /** The rows of "O", the tag of most tokens, found without a lookup. */
    private final TagRows outsideRows;
    /**
     * Per feature that joins two words ("w-1w=", "ww+1=", "w-1w+1=", in {@link #PAIRED}'s order), the words the model has
     * as its first part and as its second: a pair of words of which either is missing is no feature, and is not looked up.
     */
    private final Set<String>[] firstParts, secondParts;
    /** The words before the sentence's first token and after its last, for the features that join words. */
    private final Word start, end;
    /** The ids of the shapes and gazetteer tags in the features of {@link #shapeTriples} and {@link #taggedShapes}. */
    private final Map<String, Integer> partIds = new HashMap<>();
    /** The rows of "s-1s=" (the shapes of a token and its neighbours) and of "gs=" (its gazetteer tag and shape). */
    private final PartRows shapeTriples, taggedShapes;
    /** The ids of the lower-cased words in the features that join two words ({@link #pairRows}). */
    private final Map<String, Integer> wordIds = new HashMap<>();
    /** Per feature that joins two words, in {@link #PAIRED}'s order, its rows by the words' ids. */
    private final PartRows[] pairRows = new PartRows[PAIRED.length];

    /**
     * The weights of a gazetteer tag's features at each neighbour offset, then its own (null: no such feature), kept
     * apart from the model's table so that the few tags' rows stay in the cache; and the tag's id as the first part of
     * "gs=" ({@link #partIds}; -1: in no such feature).
     */
    private record TagRows(float[][] rows, int id) {
    }

    /**
     * The arrays the tagger works in for a sentence, kept per thread and grown to the longest sentence seen up to
     * {@link #KEPT} tokens (none of them leaves {@link #read}): a sentence then allocates only what its reading keeps.
     */
    private static final class Buffers {
        Word[] words = new Word[0];
        TagRows[] gazRows = new TagRows[0];
        float[] emissions = new float[0];
        int[] joined = new int[0], back = new int[0], best = new int[0];
        /** A sentence's words' lower case, gazetteer category and whether a listed name goes on, for {@link #gazetteerTags}. */
        String[] lower = new String[0], first = new String[0];
        boolean[] goesOn = new boolean[0];
        /** Viterbi's scores at the token before and at this one. */
        final float[] score = new float[L], next = new float[L];

        /** These buffers, grown to hold a sentence of n tokens. */
        Buffers fit(int n) {
            if (words.length < n) {
                int size = Math.min(Math.max(n, words.length * 2), Math.max(n, KEPT));
                words = new Word[size];
                gazRows = new TagRows[size];
                emissions = new float[size * L];
                joined = new int[size * JOINED];
                back = new int[size * L];
                best = new int[size];
                lower = new String[size];
                first = new String[size];
                goesOn = new boolean[size];
            }
            return this;
        }
    }

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);
    /**
     * The most tokens a thread's kept buffers hold: a longer sentence (a page without full stops runs to 100,000
     * tokens, some 10 MB of buffers) gets buffers of its own, so that no thread keeps that much for good.
     */
    static final int KEPT = 4096;

    /** Buffers for a sentence of n tokens: the thread's, or fresh ones past {@link #KEPT}. */
    private static Buffers buffers(int n) {
        return n > KEPT ? new Buffers().fit(n) : BUFFERS.get().fit(n);
    }

    /** How many tokens this thread's kept buffers hold. */
    static int keptTokens() {
        return BUFFERS.get().words.length;
    }

    NerModel(Gazetteer gazetteer, Map<String, Integer> index, float[] weights, float[] transitions) {
        this.gazetteer = gazetteer;
        this.index = index;
        this.weights = weights;
        this.transitions = transitions;
        for (int k = 0; k < beyondScores.length; k++) beyondScores[k] = sum(NerFeatures.neighbour(null, NerFeatures.OFFSETS[k]));
        Map<String, TagRows> g = new HashMap<>();
        List<String> values = new ArrayList<>(gazetteer.tagValues());
        this.shapeTriples = PartRows.of(index, "s-1s=", 3, PART_BITS, null, partIds);
        this.taggedShapes = PartRows.of(index, "gs=", 2, PART_BITS, Set.copyOf(values), partIds);
        for (int p = 0; p < PAIRED.length; p++) pairRows[p] = PartRows.of(index, PAIRED[p], 2, WORD_BITS, null, wordIds);
        values.add("_");
        for (String v : values) {
            float[][] r = new float[NerFeatures.OFFSETS.length + 1][];
            for (int k = 0; k < NerFeatures.OFFSETS.length; k++) r[k] = weightsOf(NerFeatures.GAZ_PREFIX[k] + v);
            r[NerFeatures.OFFSETS.length] = weightsOf("g=" + v);
            g.put(v, new TagRows(r, partIds.getOrDefault(v, -1)));
        }
        this.gazetteerRows = WordMap.copyOf(g);
        this.beyondRows = g.get("_");
        this.outsideRows = g.get("O");
        this.firstParts = parts(index.keySet(), true);
        this.secondParts = parts(index.keySet(), false);
        this.start = boundary("<s>");
        this.end = boundary("</s>");
    }

    /** The features that join two words, by the prefix of their names. */
    private static final String[] PAIRED = {"w-1w=", "ww+1=", "w-1w+1="};
    /** Bits of a shape's or a gazetteer tag's id, and of a word's, in the keys of {@link PartRows}. */
    private static final int PART_BITS = 10, WORD_BITS = 15;

    /**
     * Per prefix of {@link #PAIRED}, what its names hold before a '|' ({@code first}) or after one: taken at every '|',
     * since a word may be one ("w-1w=||x"), so that no part the model has is left out.
     */
    @SuppressWarnings("unchecked")
    private static Set<String>[] parts(Set<String> names, boolean first) {
        Set<String>[] out = new Set[PAIRED.length];
        for (int p = 0; p < PAIRED.length; p++) {
            Set<String> found = new HashSet<>();
            for (String name : names) {
                if (!name.startsWith(PAIRED[p])) continue;
                String rest = name.substring(PAIRED[p].length());
                for (int at = rest.indexOf('|'); at >= 0; at = rest.indexOf('|', at + 1)) {
                    found.add(first ? rest.substring(0, at) : rest.substring(at + 1));
                }
            }
            out[p] = WordSet.copyOf(found);
        }
        return out;
    }

    /** The BIO tag of every token. */
    public List<String> tag(List<String> tokens) {
        return read(tokens).tags();
    }

    /**
     * A sentence as the tagger read it: each token's BIO tag, and what it keeps of each token anyway (lower-cased,
     * and the gazetteer's category of the token alone, or null), for the rules that look at the words after it;
     * {@code names}: the gazetteer's tags of the tokens ({@link Gazetteer#tag}) as the tagger found them, or null
     * when it read bracketed words joined (then it tagged other tokens).
     */
    public record Reading(List<String> tags, String[] lower, String[] category, String[] names) {
    }

    /**
     * Tags the tokens. A bracketed word cut into three tokens ("(", "KPK", ")") goes to the model as one, as the
     * training data cuts it ("(KPK)"); the brackets are then tagged O around the word.
     */
    public Reading read(List<String> tokens) {
        Word[] w = new Word[tokens.size()];
        for (int i = 0; i < w.length; i++) w[i] = word(tokens.get(i));
        return read(w);
    }

    /** As {@link #read(List)}, for the tokens' words ({@link #words}). */
    Reading read(Word[] tokens) {
        int n = tokens.length;
        String[] lower = new String[n], category = new String[n];
        Buffers b = buffers(n);
        Word[] words = b.words;
        int m = 0;
        java.util.BitSet joinedAt = new java.util.BitSet();
        for (int i = 0; i < n; i++) {
            Word w = tokens[i];
            lower[i] = w.lower;
            category[i] = w.gazetteer;
            if (i + 2 < n && w.single == '(' && tokens[i + 2].single == ')'
                    && Character.isLetterOrDigit(tokens[i + 1].token.charAt(0))) {
                joinedAt.set(m);
                words[m++] = word("(" + tokens[i + 1].token + ")");
                for (int k = i + 1; k <= i + 2; k++) {
                    lower[k] = tokens[k].lower;
                    category[k] = tokens[k].gazetteer;
                }
                i += 2;
            } else {
                words[m++] = w;
            }
        }
        if (n == 0) return new Reading(List.of(), lower, category, new String[0]);
        String[] names = gazetteerTags(words, m, b);
        int[] best = decode(emissions(words, m, names, b), m, transitions, b);
        List<String> out = new ArrayList<>(n);
        for (int k = 0; k < m; k++) {
            String tag = LABELS.get(best[k]);
            if (!joinedAt.get(k)) {
                out.add(tag);
                continue;
            }
            out.add("O");
            out.add(tag.equals("O") ? "O" : "B-" + tag.substring(2));
            out.add("O");
        }
        return new Reading(out, lower, category, m == n ? names : null);
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
    float[] emissions(List<String> tokens) {
        Word[] w = tokens.stream().map(this::word).toArray(Word[]::new);
        return java.util.Arrays.copyOf(emissions(w, w.length, gazetteerTags(w, w.length), new Buffers().fit(w.length)), w.length * L);
    }

    /** The gazetteer's tags of the first n words ({@link Gazetteer#tag}), from what each word keeps of the lists. */
    String[] gazetteerTags(Word[] w, int n) {
        return gazetteerTags(w, n, buffers(n));
    }

    /** As {@link #gazetteerTags(Word[], int)}, in buffers of at least n words the caller holds. */
    private String[] gazetteerTags(Word[] w, int n, Buffers b) {
        String[] lower = b.lower, first = b.first;
        boolean[] goesOn = b.goesOn;
        for (int i = 0; i < n; i++) {
            lower[i] = w[i].lower;
            first[i] = w[i].gazetteer;
            goesOn[i] = w[i].goesOn;
        }
        return gazetteer.tag(lower, first, goesOn, n);
    }

    /**
     * Per token of the first n words its L label scores, token i's at {@code i * L}, in {@code b}'s array for them;
     * {@code gaz}: the words' {@link #gazetteerTags}.
     */
    private float[] emissions(Word[] w, int n, String[] gaz, Buffers b) {
        TagRows[] gazRows = b.gazRows;
        String lastTag = "O";
        TagRows last = outsideRows;
        for (int i = 0; i < n; i++) {
            // the gazetteer gives its own few tag strings: a token mostly has the one before it, found with no lookup
            if (gaz[i] != lastTag) {
                lastTag = gaz[i];
                last = "O".equals(lastTag) ? outsideRows : gazetteerRows.get(lastTag);
            }
            gazRows[i] = last;
        }
        int[] joined = joinedRows(w, n, gaz, gazRows, b.joined);
        float[] s = b.emissions;
        // every word's own scores first, in a short loop whose reads (each word's scores, often a cache miss) overlap
        for (int i = 0; i < n; i++) System.arraycopy(w[i].scores, 0, s, i * L, L);
        for (int i = 0; i < n; i++) {
            int at = i * L;
            for (int k = 0; k < NerFeatures.OFFSETS.length; k++) {
                int j = i + NerFeatures.OFFSETS[k];
                if (j < 0 || j >= n) add(s, at, beyondScores[k], 0);
                else add(s, at, w[j].scores, Word.GIVEN + k * L);
            }
            local(w, n, gaz, gazRows, joined, i, s, at);
        }
        return s;
    }

    /** Features per token whose rows {@link #joinedRows} finds: the four that join words, and the gazetteer tag with the shape. */
    private static final int JOINED = 5;

    /**
     * The rows of the features that join each token to its neighbours ("w-1w=", "ww+1=", "w-1w+1=", "s-1s=", at
     * {@code i * JOINED}), and of its gazetteer tag with its shape when the tag is not "O" (at {@code i * JOINED + 4};
     * -1 otherwise), by the ids of their parts ({@link PartRows}); a pair of words only where the model has both words
     * (most pairs it lacks).
     */
    private int[] joinedRows(Word[] w, int n, String[] gaz, TagRows[] gazRows, int[] at) {
        PartRows before = pairRows[0], then = pairRows[1], around = pairRows[2];
        for (int i = 0; i < n; i++) {
            Word prev = i == 0 ? start : w[i - 1], own = w[i], next = i + 1 == n ? end : w[i + 1];
            int f = i * JOINED;
            at[f] = pairs(prev, own, Word.BEFORE) ? before.row(before.key(prev.wordId, own.wordId)) : -1;
            at[f + 1] = pairs(own, next, Word.THEN) ? then.row(then.key(own.wordId, next.wordId)) : -1;
            at[f + 2] = pairs(prev, next, Word.AROUND) ? around.row(around.key(prev.wordId, next.wordId)) : -1;
            at[f + 3] = shapeTriples.row(shapeTriples.key(prev.shapeId, own.shapeId, next.shapeId));
            at[f + 4] = "O".equals(gaz[i]) ? -1 : taggedShapes.row(taggedShapes.key(gazRows[i].id, own.shapeId));
        }
        return at;
    }

    /** Whether the model has {@code a} as the first part and {@code b} as the second of the pair feature at bit {@code pair}. */
    private static boolean pairs(Word a, Word b, int pair) {
        return (a.has & pair) != 0 && (b.has & pair << 1) != 0;
    }

    /**
     * Adds token i's contextual features ({@link NerFeatures#local}, in its order, so that the sums come out the
     * same) to its scores at {@code s[at]}: those of one word and of a gazetteer tag by weights found once, those that
     * join words by the rows {@link #joinedRows} found.
     */
    private void local(Word[] w, int n, String[] gaz, TagRows[] gazRows, int[] joined, int i, float[] s, int at) {
        boolean opening = i == 0 || w[i - 1].opening;
        Word own = w[i];
        if ((own.has & (opening ? Word.FIRST : Word.MIDDLE)) != 0) add(s, at, own.scores, opening ? Word.FIRST_AT : Word.MIDDLE_AT);
        for (int k = 0; k < NerFeatures.OFFSETS.length; k++) {
            int j = i + NerFeatures.OFFSETS[k];
            add(s, at, (j < 0 || j >= n ? beyondRows : gazRows[j]).rows[k], 0);
        }
        int r = i * JOINED;
        for (int k = 0; k < JOINED - 1; k++) addRow(s, at, joined[r + k]);
        add(s, at, gazRows[i].rows[NerFeatures.OFFSETS.length], 0);
        if (!"O".equals(gaz[i])) addRow(s, at, joined[r + JOINED - 1]);
        else if ((own.has & Word.PLAIN) != 0) add(s, at, own.scores, Word.PLAIN_AT);
    }

    /** Adds weight row k (none when -1) to the scores at {@code s[at]}. */
    private void addRow(float[] s, int at, int k) {
        if (k < 0) return;
        int base = k * L;
        for (int l = 0; l < L; l++) s[at + l] += weights[base + l];
    }

    /** Adds the L scores at {@code g[from]} ({@code g} null: none) to those at {@code s[at]}. */
    private static void add(float[] s, int at, float[] g, int from) {
        if (g == null) return;
        for (int l = 0; l < L; l++) s[at + l] += g[from + l];
    }

    /**
     * What the tagger keeps of a word, in one object so that a token costs few memory reads: the token's text and its
     * hash; the summed scores of its own features, those it gives the token at each neighbour offset
     * ({@link NerFeatures#OFFSETS}), and the weights of its shape at a sentence's opening, inside it and outside any
     * gazetteer name (copied out of the model's table, where they lie far apart), all in {@code scores}; which of
     * those shape features and which parts of the pair features the model has ({@code has}); its lower-cased form and
     * how the gazetteer sees it as the first word of a name; whether it opens what follows (a quotation mark, a
     * bracket); the ids of its lower-cased form and its shape as parts of the features that join words and shapes
     * ({@link PartRows}).
     */
    static final class Word {
        static final int GIVEN = L, FIRST_AT = GIVEN + NerFeatures.OFFSETS.length * L, MIDDLE_AT = FIRST_AT + L,
                PLAIN_AT = MIDDLE_AT + L;
        /** Bits of {@link #has}: the pair features with the word first are at 1, 4 and 16; second, the bit above. */
        static final int BEFORE = 1, THEN = 4, AROUND = 16, FIRST = 64, MIDDLE = 128, PLAIN = 256;

        final String token, lower, gazetteer;
        final int hash, has;
        final float[] scores;
        final boolean goesOn, opening;
        /** The token's char when it is one char long, else 0: brackets told without reading the token's String. */
        final char single;
        /**
         * The ids of its lower-cased form in the features that join words ({@link #wordIds}) and of its shape in "s-1s="
         * and "gs=" ({@link #partIds}); -1 when in no such feature.
         */
        final int wordId, shapeId;
        /** The entity rules' answers about the word ({@link WordFacts}), set on first use. */
        WordFacts.Known facts;

        Word(String token, String lower, int wordId, int shapeId, float[] scores, int has, String gazetteer, boolean goesOn) {
            this.token = token;
            this.hash = token.hashCode();
            this.lower = lower;
            this.scores = scores;
            this.has = has;
            this.gazetteer = gazetteer;
            this.goesOn = goesOn;
            this.opening = NerFeatures.isOpening(token);
            this.single = token.length() == 1 ? token.charAt(0) : 0;
            this.wordId = wordId;
            this.shapeId = shapeId;
        }

        /** The token as the cache holds it: one String for every use of the word. */
        String token() {
            return token;
        }
    }

    /** The words of the tokens of {@code text}, found by their chars: no substring is made for a word seen before. */
    Word[] words(String text, List<Span> tokens) {
        Word[] out = words.get(text, tokens);
        for (int i = 0; i < out.length; i++) {
            if (out[i] != null) continue;
            Span t = tokens.get(i);
            Word w = words.get(text, t.start(), t.end()); // put meanwhile by an earlier token of the sentence
            if (w == null) {
                w = newWord(t.of(text));
                words.put(w);
            }
            out[i] = w;
        }
        return out;
    }

    /**
     * The words of the article's tokens {@code [from, to)}: each distinct token found in the cache once per article, kept
     * in {@code byId} (indexed by {@link Tokens#id}) for its other uses.
     */
    Word[] words(Tokens all, int from, int to, Word[] byId) {
        Word[] out = new Word[to - from];
        for (int i = from; i < to; i++) {
            int id = all.id(i);
            Word w = byId[id];
            if (w == null) w = byId[id] = word(all.text(id));
            out[i - from] = w;
        }
        return out;
    }

    private Word word(String token) {
        Word w = words.get(token);
        if (w == null) {
            w = newWord(token);
            words.put(w);
        }
        return w;
    }

    private Word newWord(String token) {
        String lower = token.toLowerCase(java.util.Locale.ROOT), shape = NerFeatures.shortShape(token);
        float[] scores = new float[Word.PLAIN_AT + L];
        System.arraycopy(sum(NerFeatures.intrinsic(token)), 0, scores, 0, L);
        for (int k = 0; k < NerFeatures.OFFSETS.length; k++) {
            System.arraycopy(sum(NerFeatures.neighbour(token, NerFeatures.OFFSETS[k])), 0, scores, Word.GIVEN + k * L, L);
        }
        int has = pairBits(lower)
                | copyWeights("s1=F" + shape, scores, Word.FIRST_AT, Word.FIRST)
                | copyWeights("s1=M" + shape, scores, Word.MIDDLE_AT, Word.MIDDLE)
                | copyWeights("gs=O|" + shape, scores, Word.PLAIN_AT, Word.PLAIN);
        return new Word(token, lower, wordIds.getOrDefault(lower, -1), partIds.getOrDefault(shape, -1), scores, has, gazetteer.startCategory(token, lower), gazetteer.goesOn(lower));
    }

    /** A word beyond the sentence ("<s>", "</s>"), for the features that join words; it has nothing else. */
    private Word boundary(String marker) {
        return new Word(marker, marker, wordIds.getOrDefault(marker, -1), partIds.getOrDefault("_", -1), new float[Word.PLAIN_AT + L], pairBits(marker), null, false);
    }

    /** The {@link Word#has} bits of the pair features whose first or second part the lower-cased word is. */
    private int pairBits(String lower) {
        int bits = 0;
        for (int p = 0; p < PAIRED.length; p++) {
            if (firstParts[p].contains(lower)) bits |= 1 << 2 * p;
            if (secondParts[p].contains(lower)) bits |= 2 << 2 * p;
        }
        return bits;
    }

    /** A copy of the feature's weights, or null when the model lacks it. */
    private float[] weightsOf(String feature) {
        Integer k = index.get(feature);
        return k == null ? null : java.util.Arrays.copyOfRange(weights, k * L, k * L + L);
    }

    /** Copies the feature's weights to {@code to[at]}; {@code bit} when the model has it, 0 when not. */
    private int copyWeights(String feature, float[] to, int at, int bit) {
        Integer k = index.get(feature);
        if (k == null) return 0;
        System.arraycopy(weights, k * L, to, at, L);
        return bit;
    }

    /**
     * Whether token {@code i} is a capitalised word inside the sentence that the training text never showed
     * (no word features) and no list knows, not even as an ordinary word: a name the tagger has never seen.
     * (Pushing such words towards B- tags in decoding, tuned on dev.txt, gained nothing, so it is left to the
     * article-level rules of {@link NameFinder}.) {@code unknown}: {@link #unknown} of its word, which the rules keep.
     */
    boolean unseenCapitalised(List<String> words, int i, boolean unknown) {
        String w = words.get(i);
        if (i == 0 || w.length() < 3 || !Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(w.length() - 1))) return false;
        String prev = words.get(i - 1);
        if (prev.length() == 1 && ".!?\"“‘'(:".indexOf(prev.charAt(0)) >= 0) return false;
        return unknown;
    }

    /** Whether the training text never showed the word (no word features) and no list knows it, not even as an ordinary word. */
    boolean unknown(Word w) {
        return w.gazetteer == null && !index.containsKey("w=" + w.lower);
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

    /** The best tags for the n tokens whose label scores {@code emit} holds, token i's at {@code i * L}. */
    static int[] decode(float[] emit, int n, float[] trans) {
        return java.util.Arrays.copyOf(decode(emit, n, trans, buffers(n)), n);
    }

    /** {@link #decode(float[], int, float[])} in the buffers: the tags are the first n of {@code b.best}. */
    private static int[] decode(float[] emit, int n, float[] trans, Buffers b) {
        float[] score = b.score, next = b.next;
        int[] back = b.back, out = b.best; // back: per token and label, the best label before
        for (int l = 0; l < L; l++) score[l] = allowed(-1, l) ? emit[l] + trans[l] : Float.NEGATIVE_INFINITY;
        for (int i = 1; i < n; i++) {
            int at = i * L;
            for (int l = 0; l < L; l++) {
                float bestScore = Float.NEGATIVE_INFINITY;
                int bestPrev = 0;
                if (l != 0 && l % 2 == 0) { // an I- tag, allowed only after its B- tag or itself
                    float begun = score[l - 1] + trans[l * L + l], inside = score[l] + trans[(l + 1) * L + l];
                    if (begun > bestScore) {
                        bestScore = begun;
                        bestPrev = l - 1;
                    }
                    if (inside > bestScore) {
                        bestScore = inside;
                        bestPrev = l;
                    }
                } else {
                    for (int p = 0; p < L; p++) { // a fixed count, which the compiler unrolls
                        float v = score[p] + trans[(p + 1) * L + l];
                        if (v > bestScore) {
                            bestScore = v;
                            bestPrev = p;
                        }
                    }
                }
                next[l] = bestScore + emit[at + l];
                back[at + l] = bestPrev;
            }
            float[] t = score;
            score = next;
            next = t;
        }
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
