package id.linimasa.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an HTML page states about itself outside its visible text: JSON-LD (NewsArticle and kin, also in
 * an {@code @graph}), OpenGraph and other {@code meta} name/property/itemprop variants, the title
 * element, the canonical link, {@code <time datetime>} elements (and hAtom {@code .published}/{@code .updated} titles) and the
 * language the root element declares.
 */
record HtmlMetadata(Map<String, String> meta, String titleTag, Element canonicalLink, List<String> h1, List<String> h1Cores, List<String> homeNames,
                    String ldHeadline, String ldPublished, String ldModified, List<String> ldAuthors, List<String> ldEditors,
                    String ldPublisher, List<TimeElement> times, List<LiveUpdate> liveUpdates, String lang, List<Element> pagerMarks) {

    /** An entry of a JSON-LD LiveBlogPosting's {@code liveBlogUpdate}: when, its headline, its text (each may be null). */
    record LiveUpdate(String published, String headline, String body) {
    }

    /** A {@code <time datetime>} element and whether its markup says it is the publication time. */
    record TimeElement(String datetime, boolean published, boolean modified) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
            "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting", "techarticle", "scholarlyarticle", "report", "socialmediaposting");

    static HtmlMetadata of(Document doc) {
        Map<String, String> meta = new HashMap<>();
        List<String> h1 = new ArrayList<>();
        List<String> h1Cores = new ArrayList<>();
        Set<String> homeNames = new LinkedHashSet<>();
        List<TimeElement> times = new ArrayList<>();
        List<String> ld = new ArrayList<>();
        String[] titleAndLang = new String[2];
        Element[] canonical = new Element[1];
        List<Element> pagerMarks = new ArrayList<>();
        // one walk over the document collects everything (each select() would walk it again), the pager's marks too
        doc.traverse((node, depth) -> {
            if (!(node instanceof Element e)) return;
            if (Pagination.isMark(doc, e)) pagerMarks.add(e);
            if (titleAndLang[1] == null && e.normalName().equals("html")) titleAndLang[1] = e.attr("lang");
            switch (e.normalName()) {
                case "meta" -> {
                    String content = e.attr("content").trim();
                    if (content.isEmpty()) return;
                    for (String key : new String[]{e.attr("property"), e.attr("name"), e.attr("itemprop"), e.attr("http-equiv")}) {
                        if (!key.isEmpty()) meta.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
                    }
                }
                case "title" -> {
                    if (titleAndLang[0] == null && e.parents().stream().noneMatch(p -> p.normalName().equals("svg"))) titleAndLang[0] = Whitespace.collapse(e.text());
                }
                case "link" -> {
                    if (canonical[0] == null && e.attr("rel").equalsIgnoreCase("canonical")) canonical[0] = e;
                }
                case "h1" -> {
                    String t = Whitespace.collapse(e.text());
                    if (!t.isEmpty()) h1.add(t);
                    cores(e, h1Cores);
                }
                case "a" -> {
                    if (homeNames.size() < 5 && isHomeLink(e.attr("href"), doc.location())) homeName(e, homeNames);
                }
                case "time" -> {
                    String dt = e.attr("datetime");
                    if (dt.isEmpty()) return;
                    String marks = (e.attr("itemprop") + " " + e.className() + " " + (e.hasAttr("pubdate") ? "pubdate" : "") + " "
                            + (e.parent() == null ? "" : e.parent().className())).toLowerCase(Locale.ROOT);
                    times.add(new TimeElement(dt, marks.contains("publish") || marks.contains("pubdate") || marks.contains("created"),
                            marks.contains("modif") || marks.contains("updat")));
                }
                case "script" -> {
                    if (e.attr("type").equalsIgnoreCase("application/ld+json")) ld.add(e.data());
                }
                default -> {
                    if (e.attributesSize() == 0) return;
                    // microdata puts values on any element: <span itemprop="datePublished" content="...">
                    String prop = e.attr("itemprop");
                    String content = prop.isEmpty() ? "" : e.attr("content").trim();
                    if (!content.isEmpty()) meta.putIfAbsent(prop.toLowerCase(Locale.ROOT), content);
                    // hAtom (Blogger, older WordPress): <abbr class="published" title="2015-11-04T08:17:00+08:00">08.17</abbr>
                    String title = e.attr("title").trim();
                    if (!title.isEmpty() && Character.isDigit(title.charAt(0))) {
                        boolean published = e.hasClass("published") || e.hasClass("dt-published");
                        boolean updated = e.hasClass("updated") || e.hasClass("dt-updated");
                        if (published || updated) times.add(new TimeElement(title, published, updated && !published));
                    }
                }
            }
        });
        Ld found = new Ld();
        for (String json : ld) {
            try {
                found.visit(JSON.readTree(json));
            } catch (Exception e) {
                // broken JSON-LD is common; the other sources still count
            }
        }
        return new HtmlMetadata(meta, titleAndLang[0], canonical[0], h1, List.copyOf(h1Cores), List.copyOf(homeNames), found.headline, found.published, found.modified,
                List.copyOf(found.authors), List.copyOf(found.editors), found.publisher, times, List.copyOf(found.updates),
                titleAndLang[1] == null ? "" : titleAndLang[1], pagerMarks);
    }

    /** The canonical link's address, made absolute only when asked (most pages come with their own address). */
    String canonical() {
        if (canonicalLink == null) return null;
        String href = canonicalLink.attr("href");
        String abs = canonicalLink.baseUri().isEmpty() ? absoluteOnly(href) : canonicalLink.attr("abs:href");
        return abs.isEmpty() ? href : abs;
    }

    private static final Pattern URI_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+-.]*:");

    /**
     * What jsoup's {@code abs:} gives against an empty base URI (a page read from a file), without its first step: it parses
     * the empty base, which always fails, and goes on with the address alone, so every such page threw and caught an
     * exception. An empty address, or one beginning with a slash, has no protocol and fails too; it is told at once.
     */
    @SuppressWarnings("deprecation") // java.net.URL(String), as jsoup parses
    private static String absoluteOnly(String href) {
        String clean = withoutControlChars(href);
        int i = 0;
        while (i < clean.length() && clean.charAt(i) <= ' ') i++;
        if (i == clean.length() || clean.charAt(i) == '/') return "";
        try {
            return new java.net.URL(clean).toExternalForm();
        } catch (java.net.MalformedURLException e) {
            // a scheme Java has no handler for ("tel:") is kept as it is
            return URI_SCHEME.matcher(clean).find() ? clean : "";
        }
    }

    /** s without the chars U+0000 to U+001F, as jsoup strips them (a pattern's replaceAll tries every place). */
    private static String withoutControlChars(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) >= ' ') i++;
        if (i == s.length()) return s;
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) if (s.charAt(i) >= ' ') b.append(s.charAt(i));
        return b.toString();
    }

    /** What home links say that names no site. */
    private static final Set<String> NAV_WORDS = Set.of("home", "beranda", "berita", "news", "index", "indeks", "kembali", "utama", "halaman utama",
            "kembali ke beranda", "back to home", "homepage", "logo");

    /** A link to the root of the page's own site ("/", "https://www.site.id/"), not to another site's. */
    private static boolean isHomeLink(String href, String location) {
        // most links lead into the site, past its root: a plain count of slashes spares them the pattern
        if (href.isEmpty() || href.length() > 80 || slashes(href) > 3) return false;
        String t = href.trim();
        // every HOME_HREF form begins with a slash or a scheme: "#top", "javascript:..." and relative links are passed over
        if (!t.startsWith("/") && !t.regionMatches(true, 0, "http", 0, 4)) return false;
        String host = homeHost(t);
        if (host == null) return false;
        if (host.isEmpty()) return true;
        String here = SCHEME_AND_WWW.matcher(location.toLowerCase(Locale.ROOT)).replaceFirst("");
        String h = host.toLowerCase(Locale.ROOT);
        return here.startsWith(h + "/") || here.equals(h);
    }

    /**
     * The host a link to a site's root names: "[http[s]:]//[www.]host" alone or followed by "/" and at most "index.htm",
     * "index.html" or "index.php" ("" for "/" alone or with an index page); null for any other link. Letters compare in ASCII
     * case only; a host is a run up to "/", "?" or "#", and "www." is the host itself when nothing follows it.
     */
    private static String homeHost(String t) {
        int n = t.length();
        int i = HtmlBlocks.asciiFoldedAt(t, 0, n, "https:") ? 6 : HtmlBlocks.asciiFoldedAt(t, 0, n, "http:") ? 5 : 0;
        if (t.startsWith("//", i)) {
            int start = i + 2;
            int e = start;
            while (e < n && t.charAt(e) != '/' && t.charAt(e) != '?' && t.charAt(e) != '#') e++;
            int from = HtmlBlocks.asciiFoldedAt(t, start, e, "www.") && e > start + 4 ? start + 4 : start;
            if (e > start && (e == n || t.charAt(e) == '/' && isIndex(t, e + 1))) return t.substring(from, e);
        }
        return t.startsWith("/") && isIndex(t, 1) ? "" : null;
    }

    /** Nothing, "index.htm", "index.html" or "index.php" from {@code at} to the end (ASCII case aside). */
    private static boolean isIndex(String t, int at) {
        int n = t.length();
        return at == n || n - at >= 9 && HtmlBlocks.asciiFoldedAt(t, at, n, "index.") && (HtmlBlocks.asciiFoldedAt(t, at + 6, n, "htm") && (n - at == 9
                || n - at == 10 && HtmlBlocks.asciiFoldedAt(t, at + 9, n, "l")) || n - at == 9 && HtmlBlocks.asciiFoldedAt(t, at + 6, n, "php"));
    }

    private static final Pattern SCHEME_AND_WWW = Pattern.compile("^https?://(www\\.)?");

    private static int slashes(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '/') n++;
        return n;
    }

    /** The site's name as its home link spells it: the link's text, else its logo's alt or title text. */
    private static void homeName(Element a, Set<String> out) {
        String name = Whitespace.collapse(a.text());
        if (name.isEmpty()) {
            Element img = a.selectFirst("img[alt]");
            name = img != null ? Whitespace.collapse(img.attr("alt")) : Whitespace.collapse(a.attr("title"));
        }
        int words = Whitespace.words(name);
        if (words >= 1 && words <= 5 && !NAV_WORDS.contains(name.toLowerCase(Locale.ROOT))) out.add(name);
    }

    /**
     * The h1's text without its first or without its last child element, when there is other text beside it: a rubric
     * set before the headline ("<span>SEPAK BOLA</span> ...") or a subtitle after it ("... <small>subjudul</small>").
     */
    private static void cores(Element h1, List<String> out) {
        List<Node> nodes = new ArrayList<>();
        for (Node n : h1.childNodes()) if (!(n instanceof TextNode tn && tn.isBlank())) nodes.add(n);
        if (nodes.size() < 2) return;
        // a rubric is a word or a few, a subtitle a phrase: a word set in bold at the h1's end is the headline's own
        if (nodes.get(0) instanceof Element first && Whitespace.words(first.text()) <= 4) out.add(textOf(nodes.subList(1, nodes.size())));
        if (nodes.get(nodes.size() - 1) instanceof Element last && Whitespace.words(last.text()) >= 4) out.add(textOf(nodes.subList(0, nodes.size() - 1)));
    }

    private static String textOf(List<Node> nodes) {
        StringBuilder sb = new StringBuilder();
        for (Node n : nodes) sb.append(n instanceof Element el ? el.text() : n instanceof TextNode tn ? tn.text() : "");
        return Whitespace.collapse(sb.toString());
    }

    String meta(String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) return v.trim();
        }
        return null;
    }

    /** Collects the first article-typed JSON-LD object's fields. */
    private static final class Ld {
        String headline;
        String published;
        String modified;
        String publisher;
        final Set<String> authors = new LinkedHashSet<>();
        final Set<String> editors = new LinkedHashSet<>();
        final List<LiveUpdate> updates = new ArrayList<>();

        void visit(JsonNode n) {
            if (n == null) return;
            if (n.isArray()) {
                for (JsonNode c : n) visit(c);
                return;
            }
            if (!n.isObject()) return;
            if (n.has("@graph")) visit(n.get("@graph"));
            if (!isArticle(n)) {
                if (n.has("mainEntity")) visit(n.get("mainEntity"));
                return;
            }
            if (headline == null) headline = text(n.get("headline"));
            if (headline == null) headline = text(n.get("name"));
            if (published == null) published = text(n.get("datePublished"));
            if (published == null) published = text(n.get("dateCreated"));
            if (modified == null) modified = text(n.get("dateModified"));
            if (publisher == null && n.has("publisher")) publisher = name(n.get("publisher"));
            if (authors.isEmpty()) people(n.get("author"), authors);
            if (authors.isEmpty()) people(n.get("creator"), authors);
            if (editors.isEmpty()) people(n.get("editor"), editors);
            if (updates.isEmpty() && n.has("liveBlogUpdate")) {
                JsonNode u = n.get("liveBlogUpdate");
                for (JsonNode e : u.isArray() ? u : List.of(u)) {
                    LiveUpdate lu = new LiveUpdate(text(e.get("datePublished")), text(e.get("headline")), text(e.get("articleBody")));
                    if (lu.body() != null) updates.add(lu);
                }
            }
        }

        private static boolean isArticle(JsonNode n) {
            JsonNode t = n.get("@type");
            if (t == null) return false;
            if (t.isArray()) {
                for (JsonNode x : t) if (ARTICLE_TYPES.contains(x.asText().toLowerCase(Locale.ROOT))) return true;
                return false;
            }
            return ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT));
        }

        private static void people(JsonNode n, Set<String> out) {
            if (n == null) return;
            if (n.isArray()) {
                for (JsonNode c : n) people(c, out);
                return;
            }
            if (n.isObject()) {
                JsonNode type = n.get("@type");
                if (type != null && type.asText().equalsIgnoreCase("Organization")) return;
                String name = name(n);
                if (name != null) out.add(cleanName(name));
            } else if (n.isTextual() && !n.asText().isBlank() && !n.asText().startsWith("http")) {
                out.add(cleanName(Whitespace.collapse(n.asText())));
            }
        }

        /** "By TOM KRISHER, AP Auto Writer" names Tom Krisher; the role after the comma is not part of the name. */
        private static String cleanName(String raw) {
            String s = BylineFinder.BY.matcher(raw).replaceFirst("");
            int comma = s.indexOf(", ");
            if (comma > 0) s = s.substring(0, comma);
            int dot = s.indexOf(". ");
            // "Name Surname. Outlet Name": an outlet after the full stop; "Sarah E. Needleman" keeps its initial
            if (dot > 0 && s.substring(0, dot).split(" ").length >= 2 && s.substring(dot + 2).split(" ").length >= 2) s = s.substring(0, dot);
            return s.equals(s.toUpperCase(Locale.ROOT)) && s.length() > 4 ? BylineFinder.titleCase(s) : s;
        }

        private static String name(JsonNode n) {
            if (n.isArray()) return n.isEmpty() ? null : name(n.get(0));
            if (n.isTextual()) return n.asText().isBlank() ? null : Whitespace.collapse(n.asText());
            JsonNode name = n.get("name");
            return name == null || name.asText().isBlank() ? null : Whitespace.collapse(name.asText());
        }

        private static String text(JsonNode n) {
            if (n == null) return null;
            if (n.isArray()) return n.isEmpty() ? null : text(n.get(0));
            String s = n.asText();
            return s == null || s.isBlank() ? null : Whitespace.collapse(Parser.unescapeEntities(s, false));
        }
    }
}
