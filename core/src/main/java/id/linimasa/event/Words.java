package id.linimasa.event;

import id.linimasa.text.Span;
import id.linimasa.text.Tokenizer;
import id.linimasa.text.WordSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The words and punctuation of one text, lower-cased, with their spans: what the event patterns match against.
 * The text is tokenised once; the words of any stretch of it are cut from that list ({@link #in}), as tokenising
 * the stretch alone would give them. Enclitics (-nya, -lah, -pun) are stripped into {@link Word#bare()} so that
 * "suratnya" matches "surat".
 */
public final class Words {

    /**
     * One token: a word (letters, digits, inner hyphens) or a single punctuation mark, at {@code [start, end)} (its span
     * made when asked for: an article has a thousand words, and a span kept for each cost as much as the word).
     */
    public record Word(int start, int end, String lower, String bare, boolean punct) {
        public Span span() {
            return new Span(start, end);
        }

        public boolean is(String s) {
            return lower.equals(s);
        }

        /** Whether an enclitic was stripped from the word ("suratnya"): only then is {@link #bare()} worth a look-up of its own. */
        boolean clitic() {
            return bare.length() != lower.length();
        }
    }

    private static final String[] CLITICS = {"nya", "lah", "pun"};

    private final String text;
    private final List<Word> all;
    /** Where each word ends, for {@link #firstEndingAfter}'s search: read from one array, not from each word's span. */
    private final int[] ends;

    Words(String text) {
        this.text = text;
        this.all = tokeniseAll(text);
        this.ends = new int[all.size()];
        for (int i = 0; i < ends.length; i++) ends[i] = all.get(i).end();
    }

    /** The text the words are of. */
    String text() {
        return text;
    }

    /** The words of a stretch of the text; a word the stretch cuts is cut as {@link Tokenizer} would cut it. */
    List<Word> in(Span range) {
        int a = firstEndingAfter(range.start()), b = firstEndingAfter(range.end());
        if (b < all.size() && all.get(b).start() < range.end()) b++;
        if (a >= b) return List.of();
        boolean cutStart = all.get(a).start() < range.start(), cutEnd = all.get(b - 1).end() > range.end();
        if (!cutStart && !cutEnd) return all.subList(a, b);
        if (b - a == 1) return tokenise(range);
        List<Word> out = new ArrayList<>(b - a + 2);
        out.addAll(cutStart ? tokenise(new Span(range.start(), all.get(a).end())) : List.of(all.get(a)));
        out.addAll(all.subList(a + 1, b - 1));
        out.addAll(cutEnd ? tokenise(new Span(all.get(b - 1).start(), range.end())) : List.of(all.get(b - 1)));
        return out;
    }

    /**
     * The last {@code n} words of {@link #in}{@code (range)} (all when it has fewer): where the stretch cuts no word
     * among them, the article's own, with no list cut and copied for the words before them.
     */
    List<Word> lastIn(Span range, int n) {
        int a = firstEndingAfter(range.start()), b = firstEndingAfter(range.end());
        boolean cutEnd = b < all.size() && all.get(b).start() < range.end();
        if (!cutEnd && b - n >= a && (b - n > a || all.get(a).start() >= range.start())) return all.subList(b - n, b);
        List<Word> words = in(range);
        return words.subList(Math.max(0, words.size() - n), words.size());
    }

    /** Index of the first word that ends after {@code offset} (the size when none does). */
    private int firstEndingAfter(int offset) {
        int lo = 0, hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The tokens of {@link Tokenizer}, as words the patterns can match. */
    private List<Word> tokenise(Span range) {
        List<Span> tokens = Tokenizer.tokens(text, range);
        List<Word> out = new ArrayList<>(tokens.size());
        for (Span t : tokens) out.add(word(text, t));
        return out;
    }

    private static Word word(String text, Span t) {
        String lower = t.of(text).toLowerCase();
        boolean punct = t.end() - t.start() == 1 && !Character.isLetterOrDigit(text.charAt(t.start()));
        return new Word(t.start(), t.end(), lower, punct ? lower : bare(lower), punct);
    }

    /**
     * {@link #tokenise} of the whole text, each distinct token lower-cased once: most words of an article recur, and
     * the recurring ones share their strings (and the hash each string keeps, which every word-list look-up reads).
     */
    private static List<Word> tokeniseAll(String text) {
        char[] c = text.toCharArray();
        int n = c.length;
        List<Word> out = new ArrayList<>(n / 4);
        FirstSeen seen = new FirstSeen(c, n / 16);
        for (int i = 0; i < n; ) {
            if (Tokenizer.isSpace(c[i])) {
                i++;
                continue;
            }
            int j = Tokenizer.tokenEnd(c, i, n), h = 0;
            for (int k = i; k < j; k++) h = 31 * h + c[k];
            Word first = seen.get(i, j, h);
            if (first != null) {
                out.add(new Word(i, j, first.lower(), first.bare(), first.punct()));
            } else {
                Word w = word(text, new Span(i, j));
                seen.add(w, h);
                out.add(w);
            }
            i = j;
        }
        return out;
    }

    /** The first occurrence of each distinct token of a text, found by its chars: open addressing, at most half full. */
    private static final class FirstSeen {
        private final char[] text;
        private Word[] words;
        private int[] hashes;
        private int size;

        FirstSeen(char[] text, int expected) {
            this.text = text;
            this.words = new Word[Integer.highestOneBit(Math.max(32, expected)) << 2];
            this.hashes = new int[words.length];
        }

        /** The word first seen with the chars {@code text[from, to)}, whose {@link String#hashCode} is {@code h}; or null. */
        Word get(int from, int to, int h) {
            for (int i = slot(h); words[i] != null; i = (i + 1) & (words.length - 1)) {
                Word w = words[i];
                if (hashes[i] == h && w.end() - w.start() == to - from && Arrays.equals(text, w.start(), w.end(), text, from, to)) return w;
            }
            return null;
        }

        void add(Word w, int h) {
            if (++size * 2 > words.length) {
                Word[] old = words;
                int[] oldHashes = hashes;
                words = new Word[old.length * 2];
                hashes = new int[words.length];
                for (int k = 0; k < old.length; k++) if (old[k] != null) put(old[k], oldHashes[k]);
            }
            put(w, h);
        }

        private void put(Word w, int h) {
            int i = slot(h);
            while (words[i] != null) i = (i + 1) & (words.length - 1);
            words[i] = w;
            hashes[i] = h;
        }

        private int slot(int h) {
            return (h * 0x9E3779B9 >>> 8) & (words.length - 1);
        }
    }

    /** A word with an active verb's prefix (me-, ber-), such as ends a noun phrase: "menteri" is none. */
    static boolean verbLike(Word w) {
        String s = w.lower();
        return s.length() > 5 && (s.startsWith("me") || s.startsWith("ber")) && !s.startsWith("menteri") && !DESCRIBING.contains(s);
    }

    /** A word shaped like a di- passive ("diusir", "ditahan"): "di" and more than three letters after it. */
    static boolean passiveLike(Word w) {
        return w.lower().startsWith("di") && w.lower().length() > 5;
    }

    /** ber- words that describe a noun ("kelompok bersenjata"), not an act. */
    private static final Set<String> DESCRIBING = WordSet.of("bersenjata", "bertopeng", "berbendera", "berseragam",
            "beranggotakan");

    private static String bare(String w) {
        for (String clitic : CLITICS) {
            if (w.length() > clitic.length() + 3 && w.endsWith(clitic)) return w.substring(0, w.length() - clitic.length());
        }
        return w;
    }
}
