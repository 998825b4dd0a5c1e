package id.linimasa.extract;

import java.util.regex.Pattern;
import id.linimasa.page.Page;
import id.linimasa.page.PageDecoder;
import id.linimasa.text.LanguageGuesser;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Page to article: decodes the bytes, cuts them into blocks (HTML elements or dump lines), selects the
 * article's blocks ({@link ContentSelector}) and reads the metadata around them. Stateless and thread-safe.
 */
public final class ArticleExtractor {

    /** Less prose than this is a teaser, a home page or an error page, not an article. */
    private static final int MIN_BODY_CHARS = 250;
    /** Blocks after the body still read for bylines and credits ("REUTERS | TASS", "Editor: ..."). */
    private static final int TRAILER = 6;

    public Article extract(Page page) {
        return extract(page, SiteTemplates.NONE, null);
    }

    /**
     * As {@link #extract(Page)}, leaving out the blocks of the page's site template, and telling {@code learner}
     * (when not null) the page's blocks so that it learns the templates. The site is the host of the page's
     * address (its own, else its canonical or OpenGraph one), else its OpenGraph site name; a page without either has no template.
     */
    public Article extract(Page page, SiteTemplates templates, TemplateLearner learner) {
        // a page's markup is decoded only where it is read: RawTextBodies drops its scripts' bytes undecoded
        return page.kind() == Page.Kind.HTML ? fromHtml(page, templates, learner) : fromDump(page, PageDecoder.decode(page.bytes()), templates, learner);
    }

    private Article fromDump(Page page, String text, SiteTemplates templates, TemplateLearner learner) {
        List<Block> blocks = TextBlocks.of(text);
        String site = host(page.url());
        if (learner != null) learner.add(site, blocks);
        ContentSelector.Selection sel = ContentSelector.select(blocks, templates.of(site));
        List<String> body = bodyTexts(sel);
        requireArticle(body, false);
        requireNoHeadlineList(sel);
        List<BlockLabel> beforeLabels = sel.labels().subList(0, Math.max(0, sel.start()));
        String title = TitleFinder.fromBlocks(sel.before(), beforeLabels, sel.body());
        body.removeIf(b -> b.equals(title));
        PublishedFinder.Dates dates = PublishedFinder.find(List.of(), List.of(), sel.before(), beforeLabels, trailer(sel, sel.end() + 1), page.url());
        return assemble(page, page.url(), title, dates, byline(sel), null, sel, body, captions(sel), null, Pagination.of(page.url()));
    }

    private Article fromHtml(Page page, SiteTemplates templates, TemplateLearner learner) {
        // what Jsoup.parse(String, String) does, from a reader
        Document doc = Parser.htmlParser().parseInput(RawTextBodies.drop(page.bytes()), page.url() == null ? "" : page.url());
        HtmlMetadata md = HtmlMetadata.of(doc);
        String canonical = page.url() != null ? null : md.canonical();
        String url = page.url() != null ? page.url() : canonical != null && !canonical.isEmpty() ? canonical : md.meta("og:url");
        List<Block> blocks = HtmlBlocks.of(doc.body());
        // a page read from a file often has no address: its site name then names the site
        String siteName = md.meta("og:site_name");
        String host = host(url);
        String site = url != null ? host : siteName == null ? null : siteName.toLowerCase(Locale.ROOT);
        if (learner != null) learner.add(site, blocks);
        ContentSelector.Selection sel = ContentSelector.select(blocks, templates.of(site));
        List<String> body = bodyTexts(sel);
        boolean declaredArticle = md.ldPublished() != null || "article".equalsIgnoreCase(md.meta("og:type"));
        if (chars(body) < MIN_BODY_CHARS && !md.liveUpdates().isEmpty()) {
            // a live blog whose entries the page draws with script: its JSON-LD holds them, each with its time
            for (HtmlMetadata.LiveUpdate u : md.liveUpdates()) {
                PublicationTime t = DateText.parseValue(u.published());
                if (t != null) body.add(t.iso());
                if (u.headline() != null) body.add(u.headline());
                body.add(u.body());
            }
        }
        List<String> captions = captions(sel);
        if (captions.size() >= GALLERY_PHOTOS && declaredArticle) {
            // a photo gallery: its body is the description, from the page or, when it shows none, from the metadata
            String description = md.meta("og:description", "description", "twitter:description");
            if (body.isEmpty() && description != null) body.add(Whitespace.collapse(description));
            requireGalleryText(body);
        } else {
            requireArticle(body, !declaredArticle);
        }
        requireNoHeadlineList(sel);
        Set<String> sites = new LinkedHashSet<>();
        for (String s : new String[]{md.meta("og:site_name"), md.meta("application-name", "twitter:site"), md.meta("publisher"), md.ldPublisher(),
                host, siteLabel(host)}) {
            // a Twitter handle names the site without its "@"
            if (s != null && !s.isBlank()) sites.add(s.startsWith("@") ? s.substring(1) : s);
        }
        // the name the site's home link (its logo) shows: what a title's tail spells when no metadata names the site
        sites.addAll(md.homeNames());
        String title = TitleFinder.fromHtml(md, sites, sel.body(), sel.before());
        if (title != null && !body.isEmpty() && ContentSelector.norm(body.get(0)).equals(ContentSelector.norm(title))) body.remove(0);
        List<String> published = new ArrayList<>();
        published.add(md.ldPublished());
        published.add(md.meta("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
                "publish_date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
                "content_publishdate", "article.published", "published_time", "date", "originalpublicationdate", "og:article:published_time"));
        List<String> modified = new ArrayList<>();
        modified.add(md.ldModified());
        modified.add(md.meta("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified", "og:article:modified_time"));
        for (HtmlMetadata.TimeElement t : md.times()) {
            if (t.modified()) modified.add(t.datetime());
            else if (t.published()) published.add(t.datetime());
        }
        if (!md.times().isEmpty()) published.add(md.times().get(0).datetime());
        published.removeIf(s -> s == null);
        modified.removeIf(s -> s == null);
        List<BlockLabel> beforeLabels = sel.labels().subList(0, Math.max(0, sel.start()));
        PublishedFinder.Dates dates = PublishedFinder.find(published, modified, sel.before(), beforeLabels, trailer(sel, sel.end() + 1), url);
        BylineFinder.Byline visible = byline(sel);
        List<String> authors = !md.ldAuthors().isEmpty() ? md.ldAuthors() : metaAuthors(md);
        if (authors.isEmpty()) authors = visible.authors();
        List<String> editors = !md.ldEditors().isEmpty() ? md.ldEditors() : visible.editors();
        String outlet = first(md.meta("og:site_name"), md.ldPublisher(), md.meta("application-name"));
        return assemble(page, url, title, dates, new BylineFinder.Byline(authors, editors), outlet, sel, body, captions, md.lang(), Pagination.of(doc, url, md.pagerMarks()));
    }

    private Article assemble(Page page, String url, String title, PublishedFinder.Dates dates, BylineFinder.Byline byline, String siteOutlet,
                             ContentSelector.Selection sel, List<String> body, List<String> captions, String htmlLang, Pagination.Part part) {
        LeadFinder.Lead lead = LeadFinder.Lead.NONE;
        String label = body.isEmpty() ? null : siteLabel(host(url));
        int leadParagraph = 0;
        for (int i = 0; i < Math.min(2, body.size()) && lead.dateline() == null && lead.outlet() == null; i++) {
            lead = LeadFinder.find(body.get(i), siteOutlet, label);
            leadParagraph = i;
        }
        String outlet = lead.outlet() != null ? lead.outlet() : siteOutlet;
        String joined = String.join("\n", body);
        String language = LanguageGuesser.guess(joined);
        // a gallery's short description says too little: its captions are text in the same language
        if (language == null && !captions.isEmpty()) language = LanguageGuesser.guess(joined + "\n" + String.join("\n", captions));
        if (language == null && htmlLang != null && htmlLang.length() >= 2) language = htmlLang.substring(0, 2).toLowerCase(Locale.ROOT);
        List<String> credits = CreditFinder.find(sel.body(), trailer(sel, sel.start()));
        boolean indonesian = "id".equals(language);
        // a page showing the zone it tells its times in keeps it: WIB is not invented for one in UTC
        boolean toWib = indonesian && !dates.zoneShown();
        PublicationTime published = toWib ? PublishedFinder.inIndonesianZone(dates.published()) : dates.published();
        PublicationTime modified = toWib ? PublishedFinder.inIndonesianZone(dates.modified()) : dates.modified();
        return new Article(page.sha256().substring(0, 16), page.source(), url, title, published, modified,
                byline.authors(), byline.editors(), outlet, lead.dateline(), language, credits, captions, joined, part,
                leadParagraph == 0 ? lead.end() : 0); // a lead after another paragraph opens no text
    }

    /** A gallery has at least this many captioned photos. */
    private static final int GALLERY_PHOTOS = 3;
    /** A gallery's description is often a sentence or two. */
    private static final int MIN_GALLERY_CHARS = 40;

    /** A caption's "... selengkapnya" link to the photo's page. */
    private static final Pattern MORE_LINK = Pattern.compile("(?iu)\\s*(\\.\\.\\.|…)?\\s*selengkapnya\\s*$");

    /** The captions, each once; a credit line standing alone after a caption's text ("Foto: ...") is joined to it. */
    private static List<String> captions(ContentSelector.Selection sel) {
        List<String> captions = new ArrayList<>();
        String last = null;
        for (Block c : sel.captions()) {
            String t = (BlockClassifier.mayEndWith(c.text(), "selengkapnya") ? MORE_LINK.matcher(c.text()).replaceFirst("") : c.text()).trim();
            if (t.isEmpty()) continue;
            if (last != null && BlockClassifier.isCreditOnly(c) && !BlockClassifier.isCreditOnly(new Block(last, c.tag(), c.ancestors(), "", "", 0))) {
                captions.set(captions.size() - 1, last + " " + t);
                last = null;
                continue;
            }
            if (!captions.contains(t)) {
                captions.add(t);
                last = t;
            }
        }
        return captions;
    }

    private static void requireGalleryText(List<String> body) {
        if (chars(body) < MIN_GALLERY_CHARS) throw new UnreadablePageException("no article found (a photo gallery without a description)");
    }

    private static BylineFinder.Byline byline(ContentSelector.Selection sel) {
        List<Block> lines = new ArrayList<>();
        List<BlockLabel> labels = new ArrayList<>();
        int from = Math.max(0, sel.start() - 15);
        int to = Math.min(sel.all().size(), sel.end() + 1 + TRAILER);
        for (int i = from; i < to; i++) {
            if (i > sel.end() && sel.labels().get(i) == BlockLabel.BOUNDARY) break;
            if (i >= sel.start() && i <= sel.end() && sel.labels().get(i) != BlockLabel.METADATA) continue;
            lines.add(sel.all().get(i));
            labels.add(sel.labels().get(i));
        }
        return BylineFinder.find(lines, labels);
    }

    /** Metadata lines from {@code from} (in the body's run or after it) to a few after it, up to the next section label. */
    private static List<Block> trailer(ContentSelector.Selection sel, int from) {
        List<Block> out = new ArrayList<>();
        if (sel.start() < 0) return out;
        for (int i = from; i < Math.min(sel.all().size(), sel.end() + 1 + TRAILER); i++) {
            if (sel.labels().get(i) == BlockLabel.BOUNDARY && i > sel.end()) break;
            if (sel.labels().get(i) == BlockLabel.METADATA) out.add(sel.all().get(i));
        }
        return out;
    }

    private static List<String> bodyTexts(ContentSelector.Selection sel) {
        List<String> out = new ArrayList<>();
        for (Block b : sel.body()) out.add(b.text());
        return out;
    }

    private static int chars(List<String> body) {
        int chars = 0;
        for (String b : body) chars += b.length();
        return chars;
    }

    private static void requireArticle(List<String> body, boolean strict) {
        int chars = chars(body);
        if (chars < MIN_BODY_CHARS || strict && chars < 2 * MIN_BODY_CHARS && body.size() < 2) {
            throw new UnreadablePageException("no article found (" + (body.isEmpty() ? "no block reads as article text" : "only " + chars + " characters of article-like text") + ")");
        }
    }

    private static void requireNoHeadlineList(ContentSelector.Selection sel) {
        if (HeadlineList.isList(sel)) throw new UnreadablePageException("no article found (a list of headlines and teasers: a home, section or tag page)");
    }

    /** Any meta key naming an author ("author", "article:author", "parsely-author", a site's "xyz:author"), links excepted. */
    private static List<String> metaAuthors(HtmlMetadata md) {
        String a = md.meta("author", "article:author", "dc.creator", "byl");
        if (a == null) {
            for (var e : md.meta().entrySet()) {
                if (e.getKey().endsWith("author") && !e.getValue().isBlank()) a = e.getValue();
            }
        }
        if (a == null || a.startsWith("http") || a.contains("/")) return List.of();
        List<String> names = BylineFinder.names(BylineFinder.BY.matcher(a).replaceFirst(""), 0);
        return names.isEmpty() ? List.of(a) : names;
    }

    private static String host(String url) {
        if (url == null) return null;
        try {
            String h = URI.create(url.trim()).getHost();
            return h == null || !h.startsWith("www.") ? h : h.substring(4);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The name a host is registered under: "okezone" of sports.okezone.com, "republika" of ekonomi.republika.co.id. */
    static String siteLabel(String host) {
        if (host == null) return null;
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int i = labels.length - 1;
        while (i > 0 && PUBLIC_SUFFIX_LABELS.contains(labels[i])) i--;
        return i >= 0 && !PUBLIC_SUFFIX_LABELS.contains(labels[i]) ? labels[i] : null;
    }

    /** Labels that end host names without naming the site (enough for the .id and global names news sites use). */
    private static final Set<String> PUBLIC_SUFFIX_LABELS = Set.of("com", "co", "id", "net", "org", "or", "go", "ac", "sch", "web", "my", "biz",
            "info", "news", "tv", "io", "uk", "au", "sg", "us");

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.trim();
        return null;
    }
}
