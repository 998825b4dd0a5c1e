package id.linimasa.text;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The possible stems of an Indonesian word. Without a root dictionary an affix stripper cannot tell
 * whether "menandatangani" comes from "tandatangan" or "andatangan" (the nasal of meN- swallows the
 * root's first consonant), nor whether "-mu" in "bertemu" is a possessive. So instead of guessing one
 * stem we return every plausible one; a search that stacks them at one position matches when any agree.
 * The word itself is always the first candidate.
 */
public final class IndonesianStems {

    private static final int MIN_STEM = 4;
    private static final String[] PARTICLES = {"lah", "kah", "tah", "pun"};
    private static final String[] POSSESSIVES = {"nya", "ku", "mu"};
    private static final String[] SUFFIXES = {"kan", "an", "i"};

    private IndonesianStems() {
    }

    public static Set<String> candidates(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        if (w.length() <= MIN_STEM || !w.chars().allMatch(Character::isLetter)) return out;
        Set<String> inflected = withoutEndings(w, PARTICLES, POSSESSIVES);
        Set<String> bases = new LinkedHashSet<>(inflected);
        for (String f : inflected) bases.addAll(withoutEndings(f, SUFFIXES));
        for (String s : bases) {
            // a derivational suffix alone must leave a longer root: "tangan" is not "tang" + "-an"
            if (inflected.contains(s) || s.length() > MIN_STEM) out.add(s);
            for (String p : withoutPrefix(s)) {
                out.add(p);
                out.addAll(withoutPrefix(p)); // two prefixes: memper-, diper-, keber-
            }
        }
        out.removeIf(s -> s.length() < MIN_STEM && !s.equals(w));
        return out;
    }

    /** The word and the forms left by removing one ending of each group in turn (each optional). */
    private static Set<String> withoutEndings(String w, String[]... groups) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(w);
        for (String[] group : groups) {
            for (String f : Set.copyOf(forms)) {
                for (String ending : group) if (f.endsWith(ending)) forms.add(cut(f, ending));
            }
        }
        return forms;
    }

    private static String cut(String w, String suffix) {
        return w.substring(0, w.length() - suffix.length());
    }

    /** Prefix removals with the nasal recoding of meN-/peN- (mem+vowel may hide p, men+vowel t, meng+vowel k, meny s). */
    private static Set<String> withoutPrefix(String w) {
        Set<String> forms = new LinkedHashSet<>();
        for (String nasal : new String[]{"me", "pe"}) {
            if (!w.startsWith(nasal)) continue;
            String r = w.substring(2);
            if (r.startsWith("ng")) {
                String rest = r.substring(2);
                forms.add(rest);
                if (startsWithVowel(rest)) forms.add("k" + rest);
            } else if (r.startsWith("ny")) {
                forms.add("s" + r.substring(2));
            } else if (r.startsWith("m")) {
                String rest = r.substring(1);
                if (startsWithVowel(rest)) forms.add("p" + rest);
                forms.add(rest);
            } else if (r.startsWith("n")) {
                String rest = r.substring(1);
                if (startsWithVowel(rest)) forms.add("t" + rest);
                forms.add(rest);
            } else if (!r.isEmpty() && "lrwy".indexOf(r.charAt(0)) >= 0) {
                forms.add(r);
            }
        }
        for (String prefix : new String[]{"ber", "per", "ter", "di", "ke"}) {
            if (w.startsWith(prefix)) forms.add(w.substring(prefix.length()));
        }
        if (w.startsWith("be") && w.length() > 2 && w.charAt(2) == 'r') forms.add(w.substring(2));
        forms.removeIf(s -> s.length() < MIN_STEM);
        return forms;
    }

    private static boolean startsWithVowel(String s) {
        return !s.isEmpty() && "aeiou".indexOf(s.charAt(0)) >= 0;
    }
}
