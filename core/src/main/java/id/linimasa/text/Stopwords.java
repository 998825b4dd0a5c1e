package id.linimasa.text;

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

    private Stopwords() {
    }

    public static boolean isStopword(String lowerCaseWord) {
        return BOTH.contains(lowerCaseWord);
    }

    private static Set<String> union() {
        HashSet<String> all = new HashSet<>(INDONESIAN);
        all.addAll(ENGLISH);
        return all;
    }
}
