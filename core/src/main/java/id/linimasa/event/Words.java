package id.linimasa.event;

import id.linimasa.text.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * The words and punctuation of one stretch of text, lower-cased, with their spans: what the event and quote
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

    public static List<Word> of(String text, Span range) {
        List<Word> out = new ArrayList<>();
        int i = range.start();
        while (i < range.end()) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < range.end() && (Character.isLetterOrDigit(text.charAt(j))
                        || (text.charAt(j) == '-' || text.charAt(j) == '\'') && j + 1 < range.end() && Character.isLetterOrDigit(text.charAt(j + 1)))) j++;
                String lower = text.substring(i, j).toLowerCase();
                out.add(new Word(new Span(i, j), lower, bare(lower), false));
                i = j;
            } else {
                if (!Character.isWhitespace(c)) out.add(new Word(new Span(i, i + 1), String.valueOf(c), String.valueOf(c), true));
                i++;
            }
        }
        return out;
    }

    private static String bare(String w) {
        for (String clitic : new String[]{"nya", "lah", "pun"}) {
            if (w.length() > clitic.length() + 3 && w.endsWith(clitic)) return w.substring(0, w.length() - clitic.length());
        }
        return w;
    }

    /** Quotation marks that open or close direct speech. */
    public static boolean isQuote(String s) {
        return s.equals("\"") || s.equals("“") || s.equals("”");
    }
}
