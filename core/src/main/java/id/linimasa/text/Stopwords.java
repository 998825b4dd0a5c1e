package id.linimasa.text;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Function words of Indonesian and English, written for this project from common grammar-book lists.
 * Running prose is dense in them and menus, lists and headlines are not, which is what makes them a
 * language-aware boilerplate signal (the idea of jusText) as well as a language guess.
 */
public final class Stopwords {

    public static final Set<String> INDONESIAN = Set.of(
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

    public static final Set<String> ENGLISH = Set.of(
            "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "on", "be", "by",
            "at", "he", "this", "are", "from", "or", "have", "an", "they", "which", "but", "not", "his", "had",
            "has", "were", "their", "we", "been", "will", "would", "there", "can", "its", "more", "she", "her",
            "i", "you", "all", "about", "also", "who", "if", "our", "one", "after", "when", "so", "than", "into",
            "what", "these", "some", "them", "could", "other", "only", "said", "do", "up", "out", "no", "my",
            "just", "over", "most", "how", "because", "while", "where", "those", "such", "being", "did", "does",
            "should", "may", "then", "him", "me", "your", "any", "many", "much", "very", "through", "between",
            "before", "during", "under", "both", "each", "few", "own", "same", "now", "even", "still", "though");

    private static final Set<String> BOTH = union();
    /** The lists' words as {@link #code}s, sorted: a word of the text is looked up without making a string of it. */
    private static final long[] INDONESIAN_CODES = codes(INDONESIAN), ENGLISH_CODES = codes(ENGLISH), BOTH_CODES = codes(BOTH);
    private static final int LONGEST_CODE = 12;

    private Stopwords() {
    }

    public static boolean isStopword(String lowerCaseWord) {
        return BOTH.contains(lowerCaseWord);
    }

    /**
     * The word text[start, end) lower-cased, as a number: five bits a letter, when it is 1 to 12 ASCII letters
     * (as every function word is); 0 for any other word, which the caller looks up as a string.
     */
    public static long code(CharSequence text, int start, int end) {
        if (end <= start || end - start > LONGEST_CODE) return 0;
        long c = 0;
        for (int i = start; i < end; i++) {
            char ch = text.charAt(i);
            int v;
            if (ch >= 'a' && ch <= 'z') v = ch - 'a' + 1;
            else if (ch >= 'A' && ch <= 'Z') v = ch - 'A' + 1;
            else return 0;
            c = c << 5 | v;
        }
        return c;
    }

    /** Whether the word with this non-zero {@link #code} is a function word of either language. */
    public static boolean isStopword(long code) {
        return Arrays.binarySearch(BOTH_CODES, code) >= 0;
    }

    public static boolean isIndonesian(long code) {
        return Arrays.binarySearch(INDONESIAN_CODES, code) >= 0;
    }

    public static boolean isEnglish(long code) {
        return Arrays.binarySearch(ENGLISH_CODES, code) >= 0;
    }

    private static long[] codes(Set<String> words) {
        return words.stream().mapToLong(w -> code(w, 0, w.length())).filter(c -> c != 0).sorted().toArray();
    }

    private static Set<String> union() {
        HashSet<String> all = new HashSet<>(INDONESIAN);
        all.addAll(ENGLISH);
        return all;
    }
}
