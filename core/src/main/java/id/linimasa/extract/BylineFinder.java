package id.linimasa.extract;

import id.linimasa.text.Tokenizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads authors and editors from bylines: "Reporter: A | Editor: B", a label on one line and the name on
 * the next, "LAPORAN: NAMA", "oleh Nama Diperbarui ...", "By A and B". Only metadata-like lines are read,
 * so "dikutip oleh kantor berita" in prose is never a byline.
 */
final class BylineFinder {

    /** Authors and editors in the order the page names them. */
    record Byline(List<String> authors, List<String> editors) {
    }

    private static final String AUTHOR_LABEL = "reporter|reporters|penulis|wartawan|laporan|oleh|by|author|authors|written by|kontributor|jurnalis|koresponden|correspondent|writer";
    private static final String EDITOR_LABEL = "editor|editors|penyunting|redaktur|editing by|edited by|editor in charge";
    private static final Pattern LABELLED = Pattern.compile("(?iu)(?<![\\p{L}])(" + EDITOR_LABEL + "|" + AUTHOR_LABEL + ")\\s*[:：]?\\s+(?=\\p{Lu})");
    private static final Pattern LABEL_ONLY = Pattern.compile("(?iu)^[-–•\\s]*(" + EDITOR_LABEL + "|" + AUTHOR_LABEL + ")\\s*:?$");
    private static final Pattern EDITOR = Pattern.compile("(?iu)^(" + EDITOR_LABEL + ")$");
    /** Words that end a name: the next label, a date word, a role. */
    private static final Set<String> STOP = Set.of("diperbarui", "diterbitkan", "diposting", "updated", "published", "editor", "reporter", "penulis",
            "foto", "photo", "wib", "wita", "wit", "laporan", "sumber", "source", "pada", "on", "at", "senin", "selasa", "rabu", "kamis", "jumat",
            "sabtu", "minggu", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "dan", "and", "&", "penyunting",
            "redaktur", "jurnalis", "kontributor", "wartawan", "oleh", "by", "video", "grafis", "editing", "-", "–", "|",
            "jan", "feb", "mar", "apr", "mei", "may", "jun", "jul", "agu", "aug", "sep", "sept", "okt", "oct", "nov", "des", "dec",
            "januari", "january", "februari", "february", "maret", "march", "april", "juni", "june", "juli", "july", "agustus", "august",
            "september", "oktober", "october", "november", "desember", "december", "the", "updated:", "published:");
    private static final Pattern AUTHOR_CONTEXT = Pattern.compile("(^|[\\s_-])(author|authors|byline|penulis|reporter|writer)(?=$|[\\s_-])");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*|bin|binti|van|de|al|el|da|von|di");

    private BylineFinder() {
    }

    static Byline find(List<Block> lines, List<BlockLabel> labels) {
        Set<String> authors = new LinkedHashSet<>();
        Set<String> editors = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            // an element the page itself calls the author or byline names the author first thing
            if (namesAuthor(lines.get(i).context()) && lines.get(i).words() <= 12 && !LABELLED.matcher(lines.get(i).text()).find()) {
                authors.addAll(names(BY_UNICODE.matcher(lines.get(i).text()).replaceFirst(""), 0));
                continue;
            }
            if (labels.get(i) != BlockLabel.METADATA && labels.get(i) != BlockLabel.HEADING && labels.get(i) != BlockLabel.SHORT) continue;
            String t = lines.get(i).text();
            Matcher only = mayBeLabelOnly(t) ? LABEL_ONLY.matcher(t) : null;
            if (only != null && only.matches()) {
                String next = i + 1 < lines.size() ? lines.get(i + 1).text() : null;
                if (next != null && !(mayBeLabelOnly(next) && LABEL_ONLY.matcher(next).matches())) {
                    List<String> names = names(next, 0);
                    if (!names.isEmpty() && lines.get(i + 1).words() <= 8) {
                        (EDITOR.matcher(only.group(1).trim()).matches() ? editors : authors).addAll(names);
                    }
                }
                continue;
            }
            Matcher m = LABELLED.matcher(t);
            boolean may = mayLabel(lines.get(i));
            while (may && m.find()) {
                String prefix = t.substring(0, m.start()).trim();
                boolean atStart = prefix.isEmpty() || "|•,-–".indexOf(prefix.charAt(prefix.length() - 1)) >= 0;
                boolean anywhere = labels.get(i) == BlockLabel.METADATA && m.group(1).equalsIgnoreCase("oleh") || m.group(1).equalsIgnoreCase("by");
                if (!atStart && !anywhere) continue;
                List<String> names = names(t, m.end());
                (EDITOR.matcher(m.group(1)).matches() ? editors : authors).addAll(names);
            }
        }
        return new Byline(List.copyOf(authors), List.copyOf(editors));
    }

    /** The longest of the labels: a LABEL_ONLY line has at most this many characters besides dashes, bullets, spaces, a colon and a line break. */
    private static final int LONGEST_LABEL = Arrays.stream((EDITOR_LABEL + "|" + AUTHOR_LABEL).split("\\|")).mapToInt(String::length).max().orElseThrow();

    /** Whether LABEL_ONLY may match: few enough characters other than those it allows around the label (most lines are longer). */
    private static boolean mayBeLabelOnly(String t) {
        int others = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean around = c == '-' || c == '\u2013' || c == '\u2022' || c == ':' || BlockClassifier.isAsciiSpace(c) || Tokenizer.isLineTerminator(c);
            if (!around && ++others > LONGEST_LABEL) return false;
        }
        return true;
    }

    /** What every LABELLED label holds, lower case. */
    private static final String[] LABEL_PARTS = {"edit", "penyunting", "redaktur", "reporter", "penulis", "wartawan", "laporan", "oleh", "by", "author",
            "kontributor", "jurnalis", "koresponden", "correspondent", "writer"};

    /**
     * Whether LABELLED may find a label: always in a text with other than ASCII characters (case-insensitive Unicode
     * matching folds "ſ" onto "s", the Kelvin sign onto "k"), else only when one of the labels' parts stands in it.
     */
    private static boolean mayLabel(Block b) {
        String t = b.text();
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) >= 128) return true;
        String lower = b.lower();
        for (String part : LABEL_PARTS) if (lower.contains(part)) return true;
        return false;
    }

    /** AUTHOR_CONTEXT's test, its pattern run only on names that hold one of its words. */
    private static boolean namesAuthor(String context) {
        boolean may = context.contains("author") || context.contains("byline") || context.contains("penulis") || context.contains("reporter")
                || context.contains("writer");
        return may && AUTHOR_CONTEXT.matcher(context).find();
    }

    /** The names written from {@code from}: capitalised words, several joined by "dan", "and", commas. */
    static List<String> names(String text, int from) {
        List<String> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        String[] tokens = Whitespace.split(text.substring(from).trim());
        for (String raw : tokens) {
            String tok = withoutOpening(raw);
            boolean comma = tok.endsWith(",") || tok.endsWith(";");
            String w = withoutClosing(tok);
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.equals("dan") || lower.equals("and") || lower.equals("&")) {
                flush(current, out);
                continue;
            }
            if (w.isEmpty() || STOP.contains(lower) || !NAME_WORD.matcher(w).matches() || hasDigit(w)) {
                break;
            }
            current.add(w);
            if (comma) flush(current, out);
            if (current.size() > 5) return out;
        }
        flush(current, out);
        return out;
    }

    /** "By ", "oleh " opening a byline: ASCII case-insensitively (metadata), Unicode case-insensitively (visible lines). */
    static final Pattern BY = Pattern.compile("(?i)^(by|oleh)\\s+");
    private static final Pattern BY_UNICODE = Pattern.compile("(?iu)^(by|oleh)\\s+");
    private static final Pattern CLOSING = Pattern.compile("[,;:)\\]]+$");

    /** The token without the brackets opening it (as {@code ^[(\[]+} replaced, without a matcher per token). */
    private static String withoutOpening(String tok) {
        int i = 0;
        while (i < tok.length() && (tok.charAt(i) == '(' || tok.charAt(i) == '[')) i++;
        return i == 0 ? tok : tok.substring(i);
    }

    /** The token without the punctuation closing it: CLOSING replaced, told by a scan unless a line break ends the token (where "$" has two places). */
    private static String withoutClosing(String tok) {
        int n = tok.length();
        if (n > 0 && Tokenizer.isLineTerminator(tok.charAt(n - 1))) return CLOSING.matcher(tok).replaceAll("");
        int e = n;
        while (e > 0 && ",;:)]".indexOf(tok.charAt(e - 1)) >= 0) e--;
        return e == n ? tok : tok.substring(0, e);
    }


    /** As {@code w.matches(".*\\d.*")}: a digit, and no line break (where "." stops). */
    private static boolean hasDigit(String w) {
        boolean digit = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Tokenizer.isLineTerminator(c)) return false;
            digit |= c >= '0' && c <= '9';
        }
        return digit;
    }

    private static void flush(List<String> current, List<String> out) {
        if (current.isEmpty()) return;
        while (!current.isEmpty() && !Character.isUpperCase(current.get(current.size() - 1).charAt(0))) current.remove(current.size() - 1);
        if (!current.isEmpty()) {
            String name = String.join(" ", current);
            out.add(name.equals(name.toUpperCase(Locale.ROOT)) && name.length() > 4 ? titleCase(name) : name);
        }
        current.clear();
    }

    /** "ALIFIA DWI RAMANDHITA" becomes "Alifia Dwi Ramandhita"; a page in capitals still names a person. */
    static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return b.toString();
    }
}
