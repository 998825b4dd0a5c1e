package id.linimasa.extract;

import id.linimasa.text.Stopwords;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline and the outlet from the start of the lead: "JAKARTA, koranmetro.com –",
 * "TEMPO.CO, Jakarta -", "Liputan6.com, Moskow -", "Jakarta (ANTARA) -", "WASHINGTON (Reuters) -".
 * The part that looks like a brand (a domain, a name in brackets) is the outlet; the other is the place.
 * A lead that opens with the site's own name alone ("VIVA –", "PIKIRAN RAKYAT -") names the outlet, not a place.
 */
public final class LeadFinder {

    /** {@code end}: where the dateline and outlet end in the paragraph, after their dash; 0 when it opens on none. */
    record Lead(String dateline, String outlet, int end) {
        static final Lead NONE = new Lead(null, null, 0);
    }

    private static final String DASH = "\\s*(?:-{1,2}|–|—|―)\\s+";
    /** A hyphen only inside a name ("TRIBUN-TIMUR.COM"): a dash before a space ends the lead's head. */
    private static final String REST = "(?:[\\p{L}\\d.&'’ ]|-(?=\\p{L})){0,34}?";
    private static final String PART = "\\p{Lu}" + REST;
    /** Either part may be a lower-case domain: "JAKARTA, koranmetro.com –", "jpnn.com, JAKARTA -". */
    private static final Pattern TWO = Pattern.compile("^([\\p{L}\\d]" + REST + ")\\s*,\\s*([\\p{L}\\d]" + REST + ")(" + DASH + "|:\\s+)");
    /** "Jakarta (ANTARA) -", "BANDUNG, (PRLM).-" */
    private static final Pattern BRACKET = Pattern.compile("^(" + PART + ")\\s*,?\\s*\\(([^()]{2,30})\\)\\.?" + DASH);
    private static final Pattern ONE = Pattern.compile("^(" + PART + ")" + DASH);
    /** The place after the brand: "KONTAN.CO.ID - JAKARTA. Harga ..." */
    private static final Pattern PLACE_AFTER_BRAND = Pattern.compile("^(\\p{Lu}[\\p{Lu} ]{1,30}?)\\.\\s+\\p{Lu}");
    /** A place in title case, one or two words: "Jakarta - ", "Bandar Lampung - ". */
    private static final Pattern TITLE_CASE_PLACE = Pattern.compile("\\p{Lu}\\p{Ll}{2,}( \\p{Lu}\\p{Ll}{2,})?");

    /** Rubric and format labels set before a dash like a dateline ("Eksklusif - ", "VIDEO - ", "Analysis - "): no place. */
    private static final Set<String> RUBRICS = Set.of("eksklusif", "exclusive", "opini", "opinion", "video", "foto", "photo", "photos",
            "analisis", "analysis", "editorial", "tajuk", "tajuk rencana", "kolom", "column", "infografis", "infographic", "breaking",
            "breaking news", "update", "live", "review", "ulasan", "wawancara", "interview", "komentar", "commentary", "feature", "sorotan",
            "fokus", "headline", "viral", "hoaks", "cek fakta", "fact check", "populer", "terkini", "trending", "podcast", "galeri", "gallery");
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.){2,}");
    private static final Pattern DOMAIN = Pattern.compile("(?iu).*[\\p{L}\\d]{2,}\\.\\p{L}{2,}.*");
    private static final Pattern SITE_SUFFIX = Pattern.compile("(?i)(\\.(co|com|id|net|org|news|web|or))+$");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\d]");

    private LeadFinder() {
    }

    static Lead find(String lead) {
        return find(lead, null);
    }

    /**
     * Where the dateline and outlet opening a text end ("Palu, Tribunnews - Pasukan ..." at "Pasukan"), read with no
     * site known; 0 when the text opens on none. For articles made without a page.
     */
    public static int end(String text) {
        return find(text).end();
    }

    /** The place of the dateline opening a text ("Kendari" of "Kendari (ANTARA) - ..."), read with no site known; or null. */
    public static String dateline(String text) {
        return find(text).dateline();
    }

    static Lead find(String lead, String site) {
        return find(lead, site, null);
    }

    /**
     * {@code site} is the outlet the page's metadata names (null when it names none), {@code hostLabel} the name its
     * address is registered under ("tempointeraktif"), which tells a brand without a domain ("TEMPO Interaktif") from a place.
     */
    static Lead find(String lead, String site, String hostLabel) {
        if (lead == null) return Lead.NONE;
        Matcher m = BRACKET.matcher(lead);
        if (m.find() && Whitespace.words(m.group(1)) <= 4) return new Lead(m.group(1).trim(), m.group(2).trim(), m.end());
        m = TWO.matcher(lead);
        if (m.find() && Whitespace.words(m.group(1)) <= 4 && Whitespace.words(m.group(2)) <= 4
                && (Character.isUpperCase(m.group(1).charAt(0)) || isBrand(m.group(1)))) {
            String a = m.group(1).trim();
            String b = m.group(2).trim();
            // a colon ends the head only beside a brand ("Medcom.id, Jakarta:"); elsewhere it is a quote's or a headline's
            if (m.group(3).startsWith(":") && !isBrand(a) && !isBrand(b)) return Lead.NONE;
            int end = m.end();
            if (isBrand(a) && !isBrand(b)) return new Lead(b, a, end);
            if (isBrand(b) && !isBrand(a)) return new Lead(a, b, end);
            // "BUFFALO, N.Y. -": a state abbreviation belongs to the place
            if (INITIALS.matcher(b).matches()) return new Lead(a + ", " + b, null, end);
            if (isCapitals(a) && !isCapitals(b)) return new Lead(a, b, end);
            if (isCapitals(b) && !isCapitals(a)) return new Lead(b, a, end);
            // neither in capitals: the part spelling the name the site's address is registered under is the brand
            if (namesSite(a, hostLabel) && !namesSite(b, hostLabel)) return new Lead(b, a, end);
            return new Lead(a, b, end);
        }
        m = ONE.matcher(lead);
        if (m.find() && Whitespace.words(m.group(1)) <= 3) {
            String a = m.group(1).trim();
            // a city in capitals may name its site too (CLEVELAND of cleveland.com): the address alone tells only mixed-case brands
            if (isBrand(a) || namesSite(a, site) || !isCapitals(a) && namesSite(a, hostLabel)) {
                Matcher place = PLACE_AFTER_BRAND.matcher(lead.substring(m.end()));
                boolean placed = place.find() && Whitespace.words(place.group(1)) <= 3;
                String dateline = placed ? place.group(1).trim() : null;
                // spelled as the metadata spells it, so that the site's pages agree whatever their leads print
                return new Lead(dateline, isBrand(a) || !namesSite(a, site) ? a : site, placed ? m.end() + place.end() - 1 : m.end());
            }
            if (RUBRICS.contains(a.toLowerCase(Locale.ROOT))) return Lead.NONE;
            if (isCapitals(a) || TITLE_CASE_PLACE.matcher(a).matches() && !isStopword(a)) return new Lead(a, null, m.end());
        }
        return Lead.NONE;
    }

    private static boolean isBrand(String s) {
        // a domain ("TEMPO.CO", "Liputan6.com"), not an abbreviation ("N.Y.")
        return DOMAIN.matcher(s).matches();
    }

    /** "VIVA" names the site VIVA.co.id, "PIKIRAN RAKYAT" the site Pikiran Rakyat; "JAKARTA" does not name The Jakarta Post. */
    private static boolean namesSite(String s, String site) {
        if (site == null) return false;
        String bare = SITE_SUFFIX.matcher(site).replaceFirst("");
        return letters(s).equals(letters(bare));
    }

    private static String letters(String s) {
        return NOT_LETTERS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isStopword(String s) {
        for (String w : s.split(" ")) if (Stopwords.isStopword(w.toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    private static boolean isCapitals(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().anyMatch(Character::isLetter);
    }
}
