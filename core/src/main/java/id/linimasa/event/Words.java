package id.linimasa.event;

import id.linimasa.text.SharedSlots;
import id.linimasa.text.Span;
import id.linimasa.text.Tokenizer;
import id.linimasa.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words and punctuation of one text, lower-cased, with their spans: what the event patterns match against.
 * They are the article's {@link Tokens}; the words of any stretch of it are cut from that list ({@link #in}), as
 * tokenising the stretch alone would give them. Enclitics (-nya, -lah, -pun) are stripped into {@link Word#bare()} so that
 * "suratnya" matches "surat".
 */
public final class Words {

    /**
     * One token: a word (letters, digits, inner hyphens) or a single punctuation mark, at {@code [start, end)} (its span
     * made when asked for: an article has a thousand words, and a span kept for each cost as much as the word), with what
     * every use of the same token shares ({@link Form}): a token is then two ints and a reference.
     */
    public record Word(int start, int end, Form form) {
        public Span span() {
            return new Span(start, end);
        }

        public String lower() {
            return form.lower;
        }

        /** The lower case with an enclitic stripped ("surat" of "suratnya"). */
        public String bare() {
            return form.bare;
        }

        public boolean punct() {
            return form.punct;
        }

        /** The bits of the {@link Cue} lists that hold the lower case. */
        public long cues() {
            return form.cues;
        }

        public boolean is(String s) {
            return form.lower.equals(s);
        }

        /** Whether an enclitic was stripped from the word ("suratnya"): only then is {@link #bare()} worth a look-up of its own. */
        boolean clitic() {
            return form.bare.length() != form.lower.length();
        }
    }

    /** What the uses of one token share: its lower case, its bare form, whether it is a punctuation mark, its cue bits. */
    public record Form(String lower, String bare, boolean punct, long cues) {
    }

    /** The enclitics, each three letters long. */
    private static final String[] CLITICS = {"nya", "lah", "pun"};

    private final Tokens tokens;
    private final List<Word> all;

    /** The words of the article's tokens, each distinct token's lower case and bare form shared by all its uses. */
    Words(Tokens tokens) {
        this.tokens = tokens;
        String text = tokens.text();
        Form[] forms = new Form[tokens.distinct()];
        List<Word> words = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            int id = tokens.id(i);
            Form f = forms[id];
            if (f == null) f = forms[id] = sharedForm(text, tokens.start(i), tokens.end(i), tokens.lower(id));
            words.add(new Word(tokens.start(i), tokens.end(i), f));
        }
        this.all = words;
    }

    /** The text the words are of. */
    String text() {
        return tokens.text();
    }

    /** The words of a stretch of the text; a word the stretch cuts is cut as {@link Tokenizer} would cut it. */
    List<Word> in(Span range) {
        int a = tokens.firstEndingAfter(range.start()), b = tokens.firstEndingAfter(range.end());
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
        int a = tokens.firstEndingAfter(range.start()), b = tokens.firstEndingAfter(range.end());
        boolean cutEnd = b < all.size() && all.get(b).start() < range.end();
        if (!cutEnd && b - n >= a && (b - n > a || all.get(a).start() >= range.start())) return all.subList(b - n, b);
        List<Word> words = in(range);
        return words.subList(Math.max(0, words.size() - n), words.size());
    }

    /** The tokens of {@link Tokenizer}, as words the patterns can match. */
    private List<Word> tokenise(Span range) {
        String text = tokens.text();
        List<Span> cut = Tokenizer.tokens(text, range);
        List<Word> out = new ArrayList<>(cut.size());
        for (Span t : cut) out.add(new Word(t.start(), t.end(), form(text, t.start(), t.end(), t.of(text).toLowerCase(Locale.ROOT))));
        return out;
    }

    /**
     * The forms of the tokens of earlier articles, by lower case (which tells a punctuation mark: one char, no letter nor
     * digit, as its token's), shared by every article: a recurring word's form costs no object and no look-ups. Bounded,
     * since unseen tokens never stop coming.
     */
    private static final SharedSlots<Form> FORMS = new SharedSlots<>(1 << 16);

    private static Form sharedForm(String text, int start, int end, String lower) {
        int h = lower.hashCode();
        for (int i = FORMS.first(h); ; i = FORMS.next(i)) {
            Form f = FORMS.at(i);
            if (f == null) break;
            if (f.lower().equals(lower)) return f;
        }
        Form f = form(text, start, end, lower);
        FORMS.put(f, h, (a, b) -> a.lower().equals(b.lower()));
        return f;
    }

    private static Form form(String text, int start, int end, String lower) {
        boolean punct = end - start == 1 && !Character.isLetterOrDigit(text.charAt(start));
        return new Form(lower, punct ? lower : bare(lower), punct, Cue.bitsOf(lower));
    }

    /** A word with an active verb's prefix (me-, ber-), such as ends a noun phrase: "menteri" is none. */
    static boolean verbLike(Word w) {
        String s = w.lower();
        return s.length() > 5 && (s.startsWith("me") || s.startsWith("ber")) && !s.startsWith("menteri") && !DESCRIBING.in(w);
    }

    /** A word shaped like a di- passive ("diusir", "ditahan"): "di" and more than three letters after it. */
    static boolean passiveLike(Word w) {
        return w.lower().startsWith("di") && w.lower().length() > 5;
    }

    /** ber- words that describe a noun ("kelompok bersenjata"), not an act. */
    private static final Cue DESCRIBING = Cue.of("bersenjata", "bertopeng", "berbendera", "berseragam",
            "beranggotakan");

    private static String bare(String w) {
        // the clitics end in different letters: the last one tells which to try
        int n = w.length();
        if (n < 7) return w;
        String clitic = switch (w.charAt(n - 1)) {
            case 'a' -> CLITICS[0];
            case 'h' -> CLITICS[1];
            case 'n' -> CLITICS[2];
            default -> null;
        };
        return clitic != null && w.endsWith(clitic) ? w.substring(0, n - clitic.length()) : w;
    }
}
