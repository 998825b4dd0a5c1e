package id.linimasa.event;

import id.linimasa.event.Words.Word;
import id.linimasa.text.WordMap;
import id.linimasa.text.WordSet;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word list the event rules test word after word ("dan", "serta", ","). Each list has a bit of its own, and each
 * {@link Word} carries the bits of the lists that hold its lower case ({@link Word#cues}), found with one look-up per
 * distinct token of the article ({@link #bitsOf}): a rule's test then reads a bit where it hashed the word into a set
 * (those look-ups, from some forty places, were a fifth of the stage). A record: the JIT trusts a record's final fields,
 * so the bit of a list kept in a static final field reads as a constant in compiled code.
 * <p>
 * The bits are one {@code long}: at most {@value Long#SIZE} lists (past that, see {@link #register}). A list is made only in the
 * static fields of a class in {@link #OWNERS}, so that every list exists before the words' bits are worked out.
 *
 * @param bit   this list's bit among the words' {@link Word#cues}
 * @param words the list, for words that are no {@link Word} (a bare form, a phrase)
 */
record Cue(long bit, WordSet words) {

    /** The classes that keep cue lists, each list in a static field; {@code CueTest} checks that none is missing. */
    static final List<Class<?>> OWNERS = List.of(ActorFinder.class, BackReference.class, EventCoder.class,
            EventDater.class, StatementFinder.class, StatusCues.class, Words.class);

    /** Every list made, in the order of their bits. */
    private static final List<WordSet> LISTS = new ArrayList<>();
    private static boolean fixed;

    static Cue of(String... words) {
        return register(WordSet.of(words));
    }

    static Cue copyOf(Collection<String> words) {
        return register(WordSet.copyOf(words));
    }

    private static synchronized Cue register(WordSet words) {
        // a list made after the words' bits were worked out would be missing from them
        if (fixed) {
            throw new IllegalStateException("a cue list made after the words' bits were fixed (keep it in a static"
                    + " field of a class in Cue.OWNERS): " + words);
        }
        if (LISTS.size() == Long.SIZE) {
            throw new IllegalStateException("no bit left for another cue list: all " + Long.SIZE + " are taken. Keep a"
                    + " rarely tested list as a WordSet instead, or widen Word.cues beyond one long: " + words);
        }
        LISTS.add(words);
        return new Cue(1L << (LISTS.size() - 1), words);
    }

    /** Whether the list holds the word's lower case. */
    boolean in(Word w) {
        return (w.cues() & bit) != 0;
    }

    boolean contains(String word) {
        return words.contains(word);
    }

    /** The bits of the lists that hold a lower-cased word. */
    static long bitsOf(String lower) {
        Long bits = Bits.OF.get(lower);
        return bits == null ? 0 : bits;
    }

    /** Each listed word's bits, worked out once every class that keeps cue lists has made them. */
    private static final class Bits {
        static final WordMap<Long> OF = union();

        private static WordMap<Long> union() {
            for (Class<?> c : OWNERS) {
                try {
                    MethodHandles.lookup().ensureInitialized(c);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            synchronized (Cue.class) {
                fixed = true;
                Map<String, Long> bits = new HashMap<>();
                for (int i = 0; i < LISTS.size(); i++) {
                    for (String w : LISTS.get(i)) bits.merge(w, 1L << i, (a, b) -> a | b);
                }
                return WordMap.copyOf(bits);
            }
        }
    }
}
