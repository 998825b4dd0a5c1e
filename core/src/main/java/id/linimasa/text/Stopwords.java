package id.linimasa.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Function words of Indonesian and English, written for this project from common grammar-book lists.
 * Running prose is dense in them and menus, lists and headlines are not, which is what makes them a
 * language-aware boilerplate signal (the idea of jusText) as well as a language guess.
 */
public final class Stopwords {

    public static final Set<String> INDONESIAN = WordSet.of(
            "yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "dalam", "tidak", "akan",
            "adalah", "juga", "atau", "oleh", "karena", "sebagai", "bahwa", "ada", "telah", "sudah", "saat", "kata",
            "lebih", "bisa", "dapat", "tersebut", "para", "kami", "kita", "mereka", "ia", "dia", "saya", "anda",
            "namun", "tetapi", "tapi", "jika", "kalau", "hingga", "sampai", "serta", "atas", "antara", "setelah",
            "sejak", "masih", "belum", "harus", "secara", "menjadi", "yaitu", "yakni", "agar", "supaya", "bagi",
            "tak", "pun", "lagi", "sangat", "hanya", "seperti", "tentang", "kepada", "sementara", "maupun",
            "ketika", "bahkan", "pula", "sebuah", "seorang", "begitu", "lalu", "kemudian", "sedang", "sedangkan",
            "apa", "siapa", "mana", "bagaimana", "mengapa", "kenapa", "nya", "pihak", "demikian", "terhadap",
            "melalui", "menurut", "tanpa", "sebelum", "selama", "sekitar", "hal", "semua", "setiap", "beberapa",
            "banyak", "sendiri", "tengah", "kembali", "mulai", "baik", "yakin", "sehingga", "meski", "meskipun",
            "walaupun", "apabila", "bila", "dimana", "kini", "tetap", "lain", "selain", "bersama", "kah", "lah");

    public static final Set<String> ENGLISH = WordSet.of(
            "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "on", "be", "by",
            "at", "he", "this", "are", "from", "or", "have", "an", "they", "which", "but", "not", "his", "had",
            "has", "were", "their", "we", "been", "will", "would", "there", "can", "its", "more", "she", "her",
            "i", "you", "all", "about", "also", "who", "if", "our", "one", "after", "when", "so", "than", "into",
            "what", "these", "some", "them", "could", "other", "only", "said", "do", "up", "out", "no", "my",
            "just", "over", "most", "how", "because", "while", "where", "those", "such", "being", "did", "does",
            "should", "may", "then", "him", "me", "your", "any", "many", "much", "very", "through", "between",
            "before", "during", "under", "both", "each", "few", "own", "same", "now", "even", "still", "though");

    private static final Set<String> BOTH = union();
    private static final int INDONESIAN_WORD = 1, ENGLISH_WORD = 2;
    /** The lists' words by {@link #code}, in an open-addressing table: a word of the text is looked up without making a string of it. */
    private static final int TABLE_BITS = 10;
    private static final long[] CODES = new long[1 << TABLE_BITS];
    private static final byte[] KINDS = new byte[1 << TABLE_BITS];
    /** Function words are short: a longer word is not looked up. */
    private static final int LONGEST_WORD = 10;

    static {
        for (String w : INDONESIAN) put(code(w, 0, w.length()), INDONESIAN_WORD);
        for (String w : ENGLISH) put(code(w, 0, w.length()), ENGLISH_WORD);
    }

    private Stopwords() {
    }

    public static boolean isStopword(String lowerCaseWord) {
        return BOTH.contains(lowerCaseWord);
    }

    /** How many words a text has and how many of them are function words of each language (a word is a run of letters). */
    public record Counts(int words, int indonesian, int english, int either) {
    }

    public static Counts count(CharSequence text) {
        int words = 0;
        int id = 0;
        int en = 0;
        int either = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isLetter(text.charAt(i))) i++;
            if (i == n) break;
            int start = i;
            // the word's code is built while it is read, until a letter has none or the word is too long for a function word
            long code = 0;
            boolean coded = true;
            for (char c; i < n && isLetter(c = text.charAt(i)); i++) {
                if (!coded) continue;
                int v = letterCode(c);
                if (v == 0 || i - start >= LONGEST_WORD) coded = false;
                else code = code << 5 | v;
            }
            words++;
            int kinds = coded ? kinds(code) : 0;
            if ((kinds & INDONESIAN_WORD) != 0) id++;
            if ((kinds & ENGLISH_WORD) != 0) en++;
            if (kinds != 0) either++;
        }
        return new Counts(words, id, en, either);
    }

    private static boolean isLetter(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    /** A letter's five-bit value when it lower-cases to an ASCII letter ("A" to "Z", the Kelvin sign, "İ"), else 0. */
    private static int letterCode(char ch) {
        if (ch >= 'a' && ch <= 'z') return ch - 'a' + 1;
        if (ch >= 'A' && ch <= 'Z') return ch - 'A' + 1;
        if (ch == '\u212a') return 'k' - 'a' + 1;
        if (ch == '\u0130') return 'i' - 'a' + 1;
        return 0;
    }

    /** The word lower-cased letter by letter as a number, five bits a letter, when every letter has a {@link #letterCode}; else 0. */
    private static long code(CharSequence text, int start, int end) {
        if (end <= start || end - start > LONGEST_WORD) return 0;
        long c = 0;
        for (int i = start; i < end; i++) {
            int v = letterCode(text.charAt(i));
            if (v == 0) return 0;
            c = c << 5 | v;
        }
        return c;
    }

    private static int slot(long code) {
        return (int) (code * 0x9E3779B97F4A7C15L >>> (64 - TABLE_BITS));
    }

    private static void put(long code, int kind) {
        int s = slot(code);
        while (CODES[s] != 0 && CODES[s] != code) s = (s + 1) & (CODES.length - 1);
        CODES[s] = code;
        KINDS[s] |= (byte) kind;
    }

    private static int kinds(long code) {
        if (code == 0) return 0;
        for (int s = slot(code); CODES[s] != 0; s = (s + 1) & (CODES.length - 1)) {
            if (CODES[s] == code) return KINDS[s];
        }
        return 0;
    }

    private static Set<String> union() {
        HashSet<String> all = new HashSet<>(INDONESIAN);
        all.addAll(ENGLISH);
        return all;
    }
}
