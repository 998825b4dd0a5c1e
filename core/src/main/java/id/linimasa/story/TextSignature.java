package id.linimasa.story;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import id.linimasa.text.Stopwords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MinHash sketches of an article body, for comparing articles without their text.
 * {@code shingles} sketches the set of 4-word shingles: near-identical bodies (a syndicated copy) share
 * almost all of them, while two outlets writing the same story in their own words share few.
 * {@code words} sketches the set of content words (4+ letters, no stop words): the topic overlap between two reports.
 * Both estimate Jaccard similarity from the fraction of equal components (hash4j SuperMinHash).
 */
public record TextSignature(byte[] shingles, byte[] words) {

    private static final int COMPONENTS = 128;
    private static final int BAND_ROWS = 4;
    private static final SimilarityHashPolicy POLICY = SimilarityHashing.superMinHash(COMPONENTS, 16);
    private static final Hasher64 HASH = Hashing.komihash5_0();
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*|\\p{N}+");
    private static final int SHINGLE = 4;

    public static TextSignature of(String text) {
        return of(null, text);
    }

    /** The title's words count as content words (they name the story) but not as shingles (copies get retitled). */
    public static TextSignature of(String title, String text) {
        List<String> tokens = tokens(text);
        Set<Long> shingles = new HashSet<>();
        // a text shorter than one shingle is one shingle
        for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1) && !tokens.isEmpty(); i++) {
            shingles.add(HASH.hashCharsToLong(String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)))));
        }
        Set<Long> words = new HashSet<>();
        List<String> content = new ArrayList<>(tokens);
        if (title != null) content.addAll(tokens(title));
        for (String t : content) if (t.length() >= 4 && !Stopwords.isStopword(t)) words.add(HASH.hashCharsToLong(t));
        return new TextSignature(sketch(shingles), sketch(words));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) tokens.add(m.group());
        return tokens;
    }

    private static byte[] sketch(Set<Long> hashes) {
        if (hashes.isEmpty()) hashes = Set.of(0L); // MinHash needs an element; empty bodies are never compared anyway
        return POLICY.createHasher().compute(ElementHashProvider.ofCollection(hashes, Long::longValue));
    }

    /** Estimated Jaccard similarity of the two bodies' 4-word shingles. */
    public double duplicateSimilarity(TextSignature other) {
        return POLICY.getFractionOfEqualComponents(shingles, other.shingles);
    }

    /** Estimated Jaccard similarity of the two bodies' content words. */
    public double wordSimilarity(TextSignature other) {
        return POLICY.getFractionOfEqualComponents(words, other.words);
    }

    /**
     * Locality-sensitive bands of the shingle sketch: two bodies with shingle Jaccard 0.8 share a band
     * with probability 1-(1-0.8^4)^32, near 1; at 0.3 about 0.23, so bands only nominate candidates.
     */
    public List<String> bands() {
        List<String> bands = new ArrayList<>(COMPONENTS / BAND_ROWS);
        for (int b = 0; b < COMPONENTS / BAND_ROWS; b++) {
            long h = b;
            for (int r = 0; r < BAND_ROWS; r++) h = h * 31 + POLICY.getComponent(shingles, b * BAND_ROWS + r);
            bands.add(b + ":" + Long.toHexString(h));
        }
        return bands;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextSignature t && Arrays.equals(shingles, t.shingles) && Arrays.equals(words, t.words);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shingles) + Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return "TextSignature[" + COMPONENTS + " components]";
    }
}
