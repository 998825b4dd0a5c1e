package id.linimasa.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sources an article credits: a "Sumber: ..." line, an agency line ("REUTERS | TASS",
 * "(AP/AFP)"), a "kantor berita ..." named in prose, and the wire agencies the prose cites
 * ("dikutip dari Reuters", "Interfax melaporkan"). Photo credits in captions are not sources.
 */
final class CreditFinder {

    /** Wire and news agencies (public facts: the agencies' own names). */
    private static final List<String> AGENCIES = List.of("Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Antara", "ANTARA",
            "TASS", "RIA Novosti", "Interfax", "Xinhua", "Yonhap", "KCNA", "Kyodo", "Bernama", "Sputnik", "dpa", "EFE", "ANSA", "UPI",
            "Anadolu", "IRNA", "WAFA", "PTI", "Jiji", "Bloomberg", "RIA", "Tass", "Al Jazeera", "BBC", "CNN");
    private static final Pattern AGENCY = Pattern.compile("(?<![\\p{L}])(" + String.join("|", AGENCIES.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])");
    private static final Pattern CITING = Pattern.compile("(?iu)(dikutip|mengutip|kutip|menurut|melaporkan|dilaporkan|laporan|dilansir|melansir|lansir"
            + "|kata|mengatakan|via|sumber|reported|reports|according|told|said|cited|quoted|kantor berita|news agency|wire)");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?iu)^(sumber|source|sumber berita)\\s*:\\s*(.{2,60}?)\\s*\\.?$");
    private static final Pattern AGENCY_LINE = Pattern.compile("^\\(?(\\p{Lu}[\\p{Lu}\\d.]+(?:\\s*[|/,]\\s*\\p{Lu}[\\p{Lu}\\d.]+)*)\\)?$");
    private static final Pattern NEWS_AGENCY = Pattern.compile("(?u)([Kk]antor [Bb]erita)((?:\\s+\\p{Lu}[\\p{L}\\d-]*){1,5})");

    private CreditFinder() {
    }

    static List<String> find(List<Block> body, List<Block> around) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Block b : around) {
            Matcher s = SOURCE_LINE.matcher(b.text());
            if (s.matches()) add(out, s.group(2));
            Matcher a = AGENCY_LINE.matcher(b.text());
            if (a.matches() && b.words() <= 6 && b.text().length() > 2) for (String part : a.group(1).split("\\s*[|/,]\\s*")) add(out, part);
        }
        for (Block b : body) {
            String t = b.text();
            Matcher n = NEWS_AGENCY.matcher(t);
            while (n.find()) {
                String name = n.group(2).trim();
                String acronym = null;
                for (String w : name.split("\\s+")) if (w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().allMatch(Character::isLetter)) acronym = w;
                if (acronym != null) add(out, acronym);
                else if (Character.isUpperCase(n.group(1).charAt(0))) add(out, n.group(1) + " " + name);
                else add(out, name.split("\\s+")[name.split("\\s+").length - 1]);
            }
            Matcher m = AGENCY.matcher(t);
            while (m.find()) {
                String window = t.substring(Math.max(0, m.start() - 40), Math.min(t.length(), m.end() + 25));
                if (CITING.matcher(window).find()) add(out, m.group(1));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void add(Map<String, String> out, String name) {
        String n = name.trim().replaceAll("[.,;:]+$", "");
        if (n.isEmpty()) return;
        out.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
    }
}
