package id.linimasa.event;

import id.linimasa.text.Span;
import id.linimasa.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * The words and punctuation of one stretch of text, lower-cased, with their spans: what the event
 * patterns match against. Enclitics (-nya, -lah, -pun) are stripped into {@link Word#bare()} so that
 * "suratnya" matches "surat".
 */
public final class Words {

    /** One token: a word (letters, digits, inner hyphens) or a single punctuation mark. */
    public record Word(Span span, String lower, String bare, boolean punct) {
        public boolean is(String s) {
            return lower.equals(s);
        }
    }

    private Words() {
    }

    /** The tokens of {@link Tokenizer}, as words the patterns can match. */
    public static List<Word> of(String text, Span range) {
        List<Span> tokens = Tokenizer.tokens(text, range);
        List<Word> out = new ArrayList<>(tokens.size());
        for (Span t : tokens) {
            String lower = t.of(text).toLowerCase();
            boolean punct = t.end() - t.start() == 1 && !Character.isLetterOrDigit(text.charAt(t.start()));
            out.add(new Word(t, lower, punct ? lower : bare(lower), punct));
        }
        return out;
    }

    /** A word with an active verb's prefix (me-, ber-), such as ends a noun phrase: "menteri" is none. */
    public static boolean verbLike(Word w) {
        String s = w.lower();
        return s.length() > 5 && (s.startsWith("me") || s.startsWith("ber")) && !s.startsWith("menteri");
    }

    private static final String[] CLITICS = {"nya", "lah", "pun"};

    private static String bare(String w) {
        for (String clitic : CLITICS) {
            if (w.length() > clitic.length() + 3 && w.endsWith(clitic)) return w.substring(0, w.length() - clitic.length());
        }
        return w;
    }
}
