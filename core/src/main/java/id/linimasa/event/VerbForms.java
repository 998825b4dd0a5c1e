package id.linimasa.event;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Surface forms of an Indonesian verb from its root and affixes, so the lexicon names each verb once
 * ("meN+kirim") and matches "mengirim", "dikirim" and headline "kirim". The meN- prefix follows the
 * standard nasal assimilation: p, t, k, s drop after mem-, men-, meng-, meny- (with the undropped form
 * kept for loanwords such as "mengkritik"); one-syllable roots take menge-.
 */
public final class VerbForms {

    private VerbForms() {
    }

    /** Active forms: meN + root + suffix ("menandatangani"). */
    public static Set<String> active(String root, String suffix) {
        Set<String> out = new LinkedHashSet<>();
        String s = suffix;
        if (syllables(root) == 1) out.add("menge" + root + s);
        char c = root.charAt(0);
        String rest = root.substring(1);
        switch (c) {
            case 'a', 'i', 'u', 'e', 'o', 'g', 'h' -> out.add("meng" + root + s);
            case 'k' -> {
                out.add("meng" + rest + s);
                out.add("meng" + root + s);
            }
            case 'b', 'f', 'v' -> out.add("mem" + root + s);
            case 'p' -> {
                out.add("mem" + rest + s);
                out.add("mem" + root + s);
            }
            case 'd', 'c', 'j', 'z' -> out.add("men" + root + s);
            case 't' -> {
                out.add("men" + rest + s);
                out.add("men" + root + s);
            }
            case 's' -> {
                out.add("meny" + rest + s);
                out.add("men" + root + s);
            }
            default -> out.add("me" + root + s);
        }
        return out;
    }

    /** Passive form: di + root + suffix ("ditandatangani"). */
    public static String passive(String root, String suffix) {
        return "di" + root + suffix;
    }

    /** Intransitive ber- form ("bertemu", "berencana", "bekerja"). */
    public static String ber(String root) {
        // ber- loses its r before r and in the one irregular "bekerja"
        if (root.startsWith("r") || root.equals("kerja")) return "be" + root;
        return "ber" + root;
    }

    private static int syllables(String root) {
        int n = 0;
        boolean prevVowel = false;
        for (char ch : root.toCharArray()) {
            boolean v = "aiueo".indexOf(ch) >= 0;
            if (v && !prevVowel) n++;
            prevVowel = v;
        }
        return n;
    }
}
