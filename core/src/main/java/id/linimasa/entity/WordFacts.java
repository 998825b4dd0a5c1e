package id.linimasa.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The answers the entity rules ask of every token about its word alone ("is it a head's first word?", "may it be a
 * state?", "does a catalog name go on from it?"), as bits, worked out once per word and kept on the tagger's cached
 * {@link NerModel.Word}: the same frequent words come back in every article, and each rule probing its own word
 * list for each token cost more than the rules' work. The rules register their tests when they are built, then read
 * a sentence's bits ({@link NameFinder.Tagged#facts}).
 */
final class WordFacts {

    private final List<Predicate<NerModel.Word>> tests = new ArrayList<>();

    /** What a word's tests answered, and for which set of tests: finders with other lists share the model's words. */
    record Known(WordFacts owner, int bits) {
    }

    /** Registers a test of a word; returns the bit its answer takes. */
    int add(Predicate<NerModel.Word> test) {
        if (tests.size() == Integer.SIZE) throw new IllegalStateException("more than " + Integer.SIZE + " word tests");
        tests.add(test);
        return 1 << tests.size() - 1;
    }

    /** The bits of each word. */
    int[] of(NerModel.Word[] words) {
        int[] out = new int[words.length];
        for (int i = 0; i < words.length; i++) out[i] = of(words[i]);
        return out;
    }

    /** The word's bits, worked out on first use; two threads that both do so find the same. */
    int of(NerModel.Word w) {
        Known k = w.facts;
        if (k != null && k.owner == this) return k.bits;
        int bits = 0;
        for (int i = 0; i < tests.size(); i++) if (tests.get(i).test(w)) bits |= 1 << i;
        w.facts = new Known(this, bits);
        return bits;
    }

    static boolean has(int facts, int bit) {
        return (facts & bit) != 0;
    }
}
