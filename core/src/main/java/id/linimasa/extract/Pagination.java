package id.linimasa.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which page of a paginated article an address is: "?page=2", "?hal=3", "/page/2", a trailing "/2" after the
 * slug. Every page of one article shares a key (the address without its page marker, scheme, "www.",
 * fragment and tracking parameters); a page without a marker is page 1, unless its own page links say
 * otherwise ({@link #of(Document, String)}).
 */
public final class Pagination {

    /** The article an address belongs to and which of its pages it is. */
    public record Part(String key, int number) {
    }

    private static final List<String> PAGE_PARAMS = List.of("page", "p", "hal", "halaman", "pg", "paged", "pagenum", "part");
    private static final Pattern PATH_PAGE = Pattern.compile("/(?:page|halaman|hal)/(\\d{1,2})/?$");
    private static final int MAX_PAGES = 50;

    private Pagination() {
    }

    /** A link whose text is a page number: "2", "Halaman 2", "Hal. 2", "Page 2". */
    private static final Pattern PAGE_LINK_TEXT = Pattern.compile("(?:halaman|hal\\.?|laman|page)?\\s*(\\d{1,2})");
    /** Whole class names that mark the pager's highlighted number ("inactive", "nonaktif" do not). */
    private static final Evaluator CURRENT = QueryParser.parse(".active, .current, .selected, .aktif");
    private static final String[] CURRENT_NAMES = {"active", "current", "selected", "aktif"};
    private static final Evaluator PREV_LINK = QueryParser.parse("link[rel=prev], a[rel=prev], link[rel=previous], a[rel=previous]");

    /**
     * As {@link #of(String)}, and when the address names no page (a page 2 under its own slug, a page 2 whose canonical
     * link names page 1, a file without an address) the page's own links say which page of which article it is: the
     * pager's highlighted number and its link to page 1 beside it, else the page after its rel="prev" link when that names
     * a numbered page or the page's own address. A rel="prev" link with a title is WordPress's link to the previous post.
     * Read from the document extraction has parsed already, so that no page is parsed twice.
     */
    public static Part of(Document doc, String url) {
        return of(doc, url, marks(doc));
    }

    /** As {@link #of(Document, String)}, with the document's {@link #isMark marks} found by a walk of it made for other reasons. */
    static Part of(Document doc, String url, List<Element> marks) {
        Part own = of(url);
        if (own != null && own.number() > 1) return own;
        Part linked = fromLinks(doc, own, url, marks);
        return linked != null ? linked : own;
    }

    private static Part fromLinks(Document doc, Part own, String url, List<Element> found) {
        Part prev = null;
        for (Element l : found) {
            if (PREV_LINK.matches(doc, l) && !l.hasAttr("title")) prev = of(href(l, url));
            if (prev != null) break;
        }
        // the pager: its highlighted number is this page, its link reading "1" (in the same box) the article's first page
        for (Element current : found) {
            if (!CURRENT.matches(doc, current)) continue;
            Integer number = pageNumber(current);
            if (number == null) continue;
            Element box = current;
            for (int up = 0; up < 2 && box.parent() != null; up++) {
                box = box.parent();
                for (Element a : box.select("a[href]")) {
                    Integer n = pageNumber(a);
                    Part first = n != null && n == 1 ? of(href(a, url)) : null;
                    if (first != null && number <= MAX_PAGES) return new Part(first.key(), number);
                }
            }
        }
        // a rel="prev" alone is also how blogs link the previous post: it numbers the page only when it names a numbered page
        // or the page's own address (a page 2 whose canonical link names page 1)
        boolean paged = prev != null && (prev.number() > 1 || own != null && own.key().equals(prev.key()));
        return !paged || prev.number() >= MAX_PAGES ? null : new Part(prev.key(), prev.number() + 1);
    }

    /**
     * The prev links and the highlighted elements, in the page's order: one walk, the selectors tried only on the
     * elements that may match them (a link with a rel, an element whose class names hold one of the highlighted names).
     */
    private static List<Element> marks(Document doc) {
        List<Element> out = new ArrayList<>();
        doc.traverse((node, depth) -> {
            if (node instanceof Element e && isMark(doc, e)) out.add(e);
        });
        return out;
    }

    /** A prev link or a highlighted element. */
    static boolean isMark(Document doc, Element e) {
        return mayMark(e) && (PREV_LINK.matches(doc, e) || CURRENT.matches(doc, e));
    }

    private static boolean mayMark(Element e) {
        String tag = e.normalName();
        if ((tag.equals("a") || tag.equals("link")) && e.hasAttr("rel")) return true;
        String cls = e.attr("class");
        // the shortest name is five letters
        if (cls.length() < 5) return false;
        // a class selector compares whole names (split at whitespace) ignoring case, as regionMatches does
        int n = cls.length();
        for (int i = 0; i < n; ) {
            while (i < n && Character.isWhitespace(cls.charAt(i))) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(cls.charAt(i))) i++;
            for (String name : CURRENT_NAMES) if (i - start == name.length() && cls.regionMatches(true, start, name, 0, name.length())) return true;
        }
        return false;
    }

    /** A link's address, resolved against the article's own address when the page was read without one (its canonical). */
    private static String href(Element e, String url) {
        String abs = e.absUrl("href");
        if (!abs.isEmpty() || url == null) return abs;
        try {
            return new URI(url.trim()).resolve(e.attr("href").trim()).toString();
        } catch (URISyntaxException | IllegalArgumentException ex) {
            return "";
        }
    }

    private static Integer pageNumber(Element e) {
        Matcher m = PAGE_LINK_TEXT.matcher(e.text().trim().toLowerCase(Locale.ROOT));
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * Where the slash stands before a bare number ending the path after a slug ("/harga-beras-naik/2", a trailing slash
     * allowed): one or two digits (ids are longer) after a segment with a hyphen after a letter; else -1. A scan, since a
     * pattern searched from every character costs the cube of a long slug's length.
     */
    private static int trailingNumber(String path) {
        int end = path.endsWith("/") ? path.length() - 1 : path.length();
        int slash = path.lastIndexOf('/', end - 1);
        if (slash < 1 || end - slash - 1 < 1 || end - slash - 1 > 2) return -1;
        for (int i = slash + 1; i < end; i++) if (path.charAt(i) < '0' || path.charAt(i) > '9') return -1;
        int segment = path.lastIndexOf('/', slash - 1);
        if (segment < 0) return -1;
        boolean letter = false;
        for (int i = segment + 1; i < slash; ) {
            int c = path.codePointAt(i);
            if (letter && c == '-') return slash;
            letter |= Character.isLetter(c);
            i += Character.charCount(c);
        }
        return -1;
    }

    /** The part an address names, or null when there is no address or it is not an http(s) one. */
    public static Part of(String url) {
        if (url == null || url.isBlank()) return null;
        URI u;
        try {
            u = new URI(url.trim());
        } catch (URISyntaxException e) {
            return null;
        }
        if (u.getHost() == null || u.getScheme() == null || !u.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) return null;
        int number = 1;
        List<String> kept = new ArrayList<>();
        if (u.getRawQuery() != null) {
            for (String kv : u.getRawQuery().split("&")) {
                if (kv.isEmpty()) continue;
                int eq = kv.indexOf('=');
                String k = (eq < 0 ? kv : kv.substring(0, eq)).toLowerCase(Locale.ROOT);
                String v = eq < 0 ? "" : kv.substring(eq + 1);
                if (PAGE_PARAMS.contains(k) && v.matches("\\d{1,2}") && Integer.parseInt(v) >= 1 && Integer.parseInt(v) <= MAX_PAGES) {
                    number = Integer.parseInt(v);
                } else if (!k.startsWith("utm_") && !k.equals("fbclid") && !k.equals("gclid")) {
                    kept.add(kv);
                }
            }
        }
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        Matcher m = PATH_PAGE.matcher(path);
        if (number == 1 && m.find()) {
            number = Integer.parseInt(m.group(1));
            path = path.substring(0, m.start());
        } else if (number == 1) {
            int slash = trailingNumber(path);
            int n = slash < 0 ? 0 : Integer.parseInt(path.substring(slash + 1, path.endsWith("/") ? path.length() - 1 : path.length()));
            if (n >= 2 && n <= MAX_PAGES) {
                number = n;
                path = path.substring(0, slash);
            }
        }
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        String host = u.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) host = host.substring(4);
        String key = host + path + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        return new Part(key, Math.max(1, number));
    }
}
