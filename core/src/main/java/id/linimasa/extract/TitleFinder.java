package id.linimasa.extract;

import id.linimasa.text.Stopwords;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article's own headline. HTML: the h1 that agrees with the metadata title, else the metadata
 * title, with the site name cut off ("... - Kompas.com", "Tempo.co: ..."). Dumps: the headline-like line
 * above the body that shares the most words with it, so a trending headline or a section name (which
 * share none) is never taken, and a page with no headline of its own gets none.
 */
final class TitleFinder {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—»·•:~-]{1,2}\\s+|\\s*\\|\\s*|:\\s+");
    private static final Pattern DOMAIN = Pattern.compile("(?i)[\\p{L}\\d-]+\\.(com|co|id|net|org|news|tv|co\\.id|or\\.id|go\\.id|co\\.uk|info|io)\\b");

    private static final Pattern SCHEME = Pattern.compile("^(?i)(https?://)?(www\\.)?");
    private static final Pattern DOMAIN_END = Pattern.compile("\\.[a-z.]+$");

    private TitleFinder() {
    }

    /**
     * @param before the blocks above the body: a site without an h1 heads its article with an h2 or h3 there
     */
    static String fromHtml(HtmlMetadata md, Set<String> siteNames, List<Block> body, List<Block> before) {
        List<String> meta = new ArrayList<>();
        for (String s : new String[]{md.ldHeadline(), md.meta("og:title"), md.meta("twitter:title"), md.meta("headline", "title", "sailthru.title", "parsely-title"), md.titleTag()}) {
            if (s != null && !s.isBlank()) meta.add(Whitespace.collapse(s));
        }
        for (String h : md.h1()) {
            for (String m : meta) {
                // "EKSKLUSIF Headline": a kicker the h1 sets before the headline the metadata states alone
                if (h.length() > m.length() && h.endsWith(m) && m.length() >= 20 && Whitespace.split(h.substring(0, h.length() - m.length()).trim()).length <= 2) return m;
            }
        }
        // the h1 less a rubric before it or a subtitle after it, when that (and not the whole h1) is what the metadata states
        for (String core : md.h1Cores()) {
            for (String m : meta) {
                if (core.length() >= 15 && (same(core, m) || same(core, strip(m, siteNames))) && md.h1().stream().noneMatch(h -> same(h, m))) return core;
            }
        }
        for (String h : md.h1()) {
            for (String m : meta) {
                String stripped = ContentSelector.norm(strip(m, siteNames));
                // the h1 is the headline when the metadata says the same, or a shortened form of it
                if (same(h, m) || stripped.equals(ContentSelector.norm(h)) || stripped.length() >= 20 && ContentSelector.norm(h).contains(stripped)
                        || segmentOf(h, m)) return h;
            }
        }
        // no h1, or none the metadata agrees with (a logo or a section name set in h1): a line above the body is the headline
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - 10); i--) {
            Block b = before.get(i);
            if (b.isHeading()) {
                for (String m : meta) if (same(b.text(), strip(m, siteNames)) || segmentOf(b.text(), m)) return b.text();
            } else {
                // old templates set the headline in a styled div: a line above the body that is the title less a site segment
                // ("SUARA KOTA CyberNews - Headline"), and the longer part of it, is the headline whatever the site is called
                for (String m : meta) if (b.text().length() * 2 > m.length() && segmentOf(b.text(), m)) return b.text();
            }
        }
        // the page's one h1 telling the same story as a longer search-engine title ("Harga Telur Hari Ini Turun! Cek Daftar ...")
        if (md.h1().size() == 1 && !meta.isEmpty() && sharedWords(md.h1().get(0), meta.get(0)) >= 0.6 && overlap(md.h1().get(0), body) > 0) return md.h1().get(0);
        for (String m : meta) {
            String t = strip(m, siteNames);
            if (t.isBlank() || isSiteName(t, siteNames)) continue;
            // a site's slogan in every page's title shares no word with the story; a headline-like line above the body does
            if (isSlogan(t, body)) {
                String line = headlineAbove(before, body);
                if (line != null) return line;
            }
            return t;
        }
        if (!md.h1().isEmpty() && overlap(md.h1().get(0), body) > 0) return md.h1().get(0);
        return null;
    }

    /**
     * The h1 is the metadata title less a short segment cut off at a separator ("Headline : Okezone Bola",
     * "Rubrik | Headline"): whatever that segment is called, the page's own heading says where the headline ends.
     */
    private static boolean segmentOf(String h1, String meta) {
        if (h1.length() < 15 || meta.length() <= h1.length()) return false;
        String rest;
        if (meta.startsWith(h1)) rest = meta.substring(h1.length());
        else if (meta.endsWith(h1)) rest = meta.substring(0, meta.length() - h1.length());
        else return false;
        var m = SEPARATOR.matcher(rest);
        boolean atEdge = meta.startsWith(h1) ? m.lookingAt() : m.find() && m.end() == rest.length();
        return atEdge && Whitespace.split(rest).length <= 6;
    }

    /** The nearest line above the body that reads as its headline: a few words, no full stop, few links, most of its words in the body. */
    private static String headlineAbove(List<Block> before, List<Block> body) {
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - 10); i--) {
            if (readsAsHeadlineOf(before.get(i), body)) return before.get(i).text();
        }
        return null;
    }

    private static boolean readsAsHeadlineOf(Block b, List<Block> body) {
        return b.words() >= 3 && b.words() <= 25 && !endsWithPeriod(b.text()) && b.linkDensity() < 0.5 && overlap(b.text(), body) >= 0.5;
    }

    /** In a dump: the headline-like line before the body sharing the most content words with it. */
    static String fromBlocks(List<Block> before, List<BlockLabel> labels, List<Block> body) {
        String best = null;
        double bestScore = 0;
        Set<String> bodyWords = null;
        for (int i = 0; i < before.size(); i++) {
            Block b = before.get(i);
            BlockLabel l = labels.get(i);
            if (l != BlockLabel.HEADING && l != BlockLabel.SHORT && l != BlockLabel.BODY) continue;
            int words = b.words();
            if (words < 3 || words > 30 || endsWithPeriod(b.text())) continue;
            if (bodyWords == null) bodyWords = leadWords(body);
            double score = overlap(b.text(), bodyWords);
            if (score > bestScore + 1e-9) {
                best = b.text();
                bestScore = score;
            }
        }
        return bestScore >= 0.3 ? best : null;
    }

    /** Cuts site names off either end: "Judul - Kompas.com", "Tempo.co: Judul", "Judul | Liputan6.com". */
    static String strip(String title, Set<String> siteNames) {
        String t = title.trim();
        for (int round = 0; round < 3; round++) {
            var m = SEPARATOR.matcher(t);
            List<int[]> seps = new ArrayList<>();
            while (m.find()) seps.add(new int[]{m.start(), m.end()});
            if (seps.isEmpty()) break;
            int[] last = seps.get(seps.size() - 1);
            int[] first = seps.get(0);
            String tail = t.substring(last[1]).trim();
            String head = t.substring(0, first[0]).trim();
            boolean pipe = t.substring(last[0], last[1]).contains("|");
            if (isSiteName(tail, siteNames) || pipe && Whitespace.split(tail).length <= 4 && head.length() > tail.length() && !tail.isEmpty()) {
                t = t.substring(0, last[0]).trim();
            } else if (isSiteName(head, siteNames) || t.substring(first[0], first[1]).contains("|") && Whitespace.split(head).length <= 2
                    && Whitespace.split(t.substring(first[1])).length >= 4) {
                // "Opinion | Headline": a section name before a pipe
                t = t.substring(first[1]).trim();
            } else {
                break;
            }
        }
        return t;
    }

    private static boolean isSiteName(String s, Set<String> siteNames) {
        String n = ContentSelector.norm(s);
        if (n.isEmpty()) return false;
        if (DOMAIN.matcher(s).find() && Whitespace.split(s).length <= 3) return true;
        String[] words = n.split(" ");
        for (String site : siteNames) {
            String sn = ContentSelector.norm(DOMAIN_END.matcher(SCHEME.matcher(site).replaceFirst("")).replaceFirst(""));
            if (sn.isEmpty()) continue;
            if (n.equals(sn) || n.replace(" ", "").equals(sn.replace(" ", ""))) return true;
            // the site's name with a word or two more: "Harian Kita Online", "Warta Kota News"
            if (sn.indexOf(' ') > 0 && n.startsWith(sn + " ") && words.length <= sn.split(" ").length + 2) return true;
            // the site's name with its section: "Okezone Bola", "Detik News"
            if (words.length <= 3 && sn.indexOf(' ') < 0 && sn.length() >= 4) for (String w : words) if (w.equals(sn)) return true;
        }
        return false;
    }

    private static boolean same(String a, String b) {
        return ContentSelector.norm(a).equals(ContentSelector.norm(b));
    }

    private static boolean endsWithPeriod(String s) {
        String t = s.strip();
        return t.endsWith(".") || t.endsWith(",") || t.endsWith(";");
    }

    /** A title of three content words or more none of which the body's lead uses: a site's slogan, not a headline. */
    private static boolean isSlogan(String title, List<Block> body) {
        List<String> words = content(title);
        if (words.size() < 3) return false;
        Set<String> bodyWords = leadWords(body);
        return words.stream().noneMatch(bodyWords::contains);
    }

    /** Share of the line's content words (not function words) that the body uses. */
    static double overlap(String line, List<Block> body) {
        return overlap(line, leadWords(body));
    }

    /**
     * The words of three characters or more of the body's first paragraphs, where its headline's words are. Only content words
     * are looked up in it, so function words may stay: not telling them spares a look-up a word.
     */
    private static Set<String> leadWords(List<Block> body) {
        Set<String> bodyWords = new HashSet<>();
        int seen = 0;
        for (Block b : body) {
            words(b.lower(), bodyWords, false);
            if (++seen >= 8) break;
        }
        return bodyWords;
    }

    private static double overlap(String line, Set<String> bodyWords) {
        List<String> words = content(line);
        if (words.size() < 2) return 0;
        int shared = 0;
        for (String w : words) if (bodyWords.contains(w)) shared++;
        return shared < 2 ? 0 : (double) shared / words.size();
    }

    /** Share of the line's content words that the other line uses too (at least three such words). */
    private static double sharedWords(String line, String other) {
        List<String> words = content(line);
        Set<String> in = new HashSet<>(content(other));
        int shared = 0;
        for (String w : words) if (in.contains(w)) shared++;
        return words.size() < 3 ? 0 : (double) shared / words.size();
    }

    /** The lower-cased words (runs of letters and numbers) of three characters or more that are not function words. */
    private static List<String> content(String s) {
        return words(s.toLowerCase(Locale.ROOT), new ArrayList<>(), true);
    }

    /** The words of three characters or more of a lower-cased text, added to out, function words left out when {@code content}. */
    private static <C extends Collection<String>> C words(String lower, C out, boolean content) {
        int n = lower.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordCharAt(lower, i)) i += charsAt(lower, i);
            int start = i;
            while (i < n && isWordCharAt(lower, i)) i += charsAt(lower, i);
            if (i - start >= 3) {
                String w = lower.substring(start, i);
                if (!content || !Stopwords.isStopword(w)) out.add(w);
            }
        }
        return out;
    }

    /** Whether a letter or a number stands at i (an ASCII char is told without reading a code point: most text is ASCII). */
    private static boolean isWordCharAt(String s, int i) {
        char c = s.charAt(i);
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : isWordChar(s.codePointAt(i));
    }

    private static int charsAt(String s, int i) {
        return s.charAt(i) < 128 ? 1 : Character.charCount(s.codePointAt(i));
    }

    /** Other than ASCII, a letter or a number, as {@code [\p{L}\p{N}]}. */
    private static boolean isWordChar(int cp) {
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
