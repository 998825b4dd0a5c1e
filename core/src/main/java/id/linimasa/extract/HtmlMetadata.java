package id.linimasa.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an HTML page states about itself outside its visible text: JSON-LD (NewsArticle and kin, also in
 * an {@code @graph}), OpenGraph and other {@code meta} name/property/itemprop variants, the title
 * element, the canonical link, {@code <time datetime>} elements and the language the root element declares.
 */
record HtmlMetadata(Map<String, String> meta, String titleTag, Element canonicalLink, List<String> h1,
                    String ldHeadline, String ldPublished, String ldModified, List<String> ldAuthors, List<String> ldEditors,
                    String ldPublisher, List<TimeElement> times, List<LiveUpdate> liveUpdates, String lang) {

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
        List<TimeElement> times = new ArrayList<>();
        List<String> ld = new ArrayList<>();
        String[] titleAndLang = new String[2];
        Element[] canonical = new Element[1];
        // one walk over the document collects everything (each select() would walk it again)
        doc.traverse((node, depth) -> {
            if (!(node instanceof Element e)) return;
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
                    // microdata puts values on any element: <span itemprop="datePublished" content="...">
                    String prop = e.attr("itemprop");
                    String content = e.attr("content").trim();
                    if (!prop.isEmpty() && !content.isEmpty()) meta.putIfAbsent(prop.toLowerCase(Locale.ROOT), content);
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
        return new HtmlMetadata(meta, titleAndLang[0], canonical[0], h1, found.headline, found.published, found.modified,
                List.copyOf(found.authors), List.copyOf(found.editors), found.publisher, times, List.copyOf(found.updates),
                titleAndLang[1] == null ? "" : titleAndLang[1]);
    }

    /** The canonical link's address, made absolute only when asked (most pages come with their own address). */
    String canonical() {
        if (canonicalLink == null) return null;
        String abs = canonicalLink.attr("abs:href");
        return abs.isEmpty() ? canonicalLink.attr("href") : abs;
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
            String s = raw.replaceFirst("(?i)^(by|oleh)\\s+", "");
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
