package id.linimasa.extract;

import id.linimasa.text.Tokenizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels blocks from their own features and scores them for the content region: prose scores its
 * length, clutter and metadata score against it, a section label ("Berita Terkait") almost walls off
 * what follows. The patterns are phrasings common to Indonesian and English news sites, none keyed to one.
 */
final class BlockClassifier {

    /**
     * Inserts that start with a label: "Baca Juga: ...", "Pilihan Editor: ...", "Read more: ...", or the label alone,
     * as the title line of a box of links set into the article.
     */
    private static final Pattern INSERT = Pattern.compile("(?iu)^(baca juga|baca pula|baca|simak juga|simak|lihat juga|tonton juga|tonton|saksikan juga"
            + "|saksikan|artikel terkait|berita terkait|pilihan editor|rekomendasi|read more|read also|also read|see also|related|watch|more)(\\s+(video|foto))?\\s*([:>»|-].*)?");
    /** A line leading into an embedded video or gallery: "Simak juga video pilihan berikut ini:", "Saksikan video di bawah ini". */
    private static final Pattern LEAD_IN = Pattern.compile("(?iu)^(simak|saksikan|tonton|watch)(\\s+juga)?\\s+(video|foto|the video)\\b.{0,60}(:|berikut( ini)?|di bawah ini|below)\\s*$");
    /** The signature closing an embedded tweet, "— Name (@handle) October 20, 2019": part of the quoted post, not a date line. */
    private static final Pattern TWEET_SIGNATURE = Pattern.compile("^[—–-]\\s*[^()]{1,60}\\(@\\w{1,30}\\)\\s+.{0,30}\\d{4}$");
    // the next five patterns match lower-cased text: case-insensitive Unicode matching costs several times more
    private static final Pattern SECTION = Pattern.compile("^(berita |artikel |video |foto )?(terkait|populer|terpopuler|paling populer|terbaru|terkini"
            + "|lainnya|pilihan|rekomendasi|rekomendasi untuk anda|(pilihan|rekomendasi) untukmu|pilihan untuk anda|pilihan editor|pilihan redaksi|trending|topik|topik terkait|tag|tags|topics?"
            + "|komentar|comments?|related|related (articles?|stories|news|posts)|(most read|most popular)( (in|on|from) .{1,30})?|more( \\S+){0,3} stories|more from .{1,30}|read next"
            + "|you may also like|you might also like|lihat semua|update|disclaimer|penafian|headlines?|berita lain|baca lainnya|video pilihan hari ini"
            + "|recommended( for you)?|editor'?s picks?|top stories|latest( news)?|terpopuler hari ini|(terpopuler|terbaru|terkini) (di|dari) .{1,30}|hot news|hot topics?|berita utama)\\s*:?$");
    private static final Pattern DISCLAIMER = Pattern.compile("(tanggung jawab|bertanggung jawab|responsib).*(pembaca|situs|website|informasi|konten|redaksi)"
            + "|(pembaca|situs|website|informasi|konten).*(tanggung jawab|bertanggung jawab)");
    private static final Pattern COOKIES = Pattern.compile("(uses?|menggunakan|these) cookies?|cookies? (policy|settings|kebijakan)|accept (all )?cookies");
    private static final Pattern BUTTON = Pattern.compile("^(lanjutkan membaca|continue reading|baca selengkapnya|selengkapnya|loading|memuat|load more"
            + "|muat lebih banyak|show more|tampilkan (lebih|semua)|lihat (lebih|selengkapnya|foto|video|galeri)|promosi|promoted|iklan|advertisement|ads?|sponsored"
            + "|scroll to continue|scroll untuk melanjutkan|tutup|close|back to top|kembali ke atas|next|berikutnya|sebelumnya|previous|prev)\\s*\\W*\\s*\\d*\\W*$");
    /** Page links of a paginated article: "Halaman 2 dari 3", "« Sebelumnya 1 2 3 Selanjutnya »", "Baca halaman berikutnya", "Page 2 of 3". */
    private static final Pattern PAGER = Pattern.compile("^(?=.*(sebelumnya|prev|halaman|hal|laman|page|selanjutnya|berikutnya|next|lanjut|«|»|‹|›)|.*\\d\\s+\\d)"
            // a lone number is a table cell and "2/4" a photo counter, not page links
            + "[«‹<\\s]*((sebelumnya|previous|prev|halaman|hal\\.?|laman|page)\\s*:?\\s*)*"
            + "(\\d{1,2}(\\s*(dari|of|/)\\s*\\d{1,2})?(?![\\d.,%])[\\s|…]*)+((selanjutnya|berikutnya|next|lanjut)[\\s»›>]*)?$"
            + "|^(baca\\s+|ke\\s+)?(halaman|laman|page)\\s+(selanjutnya|berikutnya|sebelumnya|next|previous|terakhir|pertama)[\\s»›>]*$"
            + "|^(next|previous) page[\\s»›>]*$");
    /** The words COUNTER reads after a number besides "kali dibaca" and "kali dilihat": with or without a plural s, and as they are. */
    private static final String[] COUNT_PLURALS = {"view", "share", "comment"};
    private static final String[] COUNT_WORDS = {"komentar", "dibaca", "pembaca"};
    private static final Pattern COUNTER = Pattern.compile("\\b\\d[\\d.,]*\\s*(kali dibaca|kali dilihat|"
            + String.join("|", Arrays.stream(COUNT_PLURALS).map(w -> w + "s?").toList()) + "|" + String.join("|", COUNT_WORDS) + ")\\b"
            + "|^\\d+\\s+(menit|jam|hari|minggu|bulan|detik)\\s+(yang\\s+)?lalu$|^\\d+\\s+(minutes?|hours?|days?|weeks?)\\s+ago$"
            + "|\\b(waktu baca|\\d+\\s*min(ute)?s?\\s+read|baca dalam)\\b");
    private static final Set<String> SOCIAL = Set.of("facebook", "twitter", "x", "whatsapp", "telegram", "line", "copy", "copied", "link", "url",
            "icon", "share", "bagikan", "salin", "tautan", "email", "e-mail", "print", "cetak", "pinterest", "linkedin", "tweet", "instagram",
            "tiktok", "youtube", "berhasil", "dicopy", "disalin", "tersalin", "dicopas", "messenger", "reddit", "threads", "kakao", "google");
    /** BYLINE's labels, each followed there by a word boundary. */
    private static final String[] BYLINE_LABELS = {"reporter", "editor", "penulis", "oleh", "by", "laporan", "wartawan", "kontributor", "penyunting",
            "redaktur", "jurnalis", "fotografer", "author", "writer", "written by", "posted by", "diposting", "diterbitkan", "diperbarui", "published",
            "updated", "sumber", "source"};
    private static final Pattern BYLINE = Pattern.compile("(?iu)^(-\\s*)?(" + String.join("|", BYLINE_LABELS) + ")\\b\\s*:?.{0,80}$");
    /** A wire's or a desk's code: "REUTERS", "T.K005", "A-170" (a hyphen only before digits: "TIP-INS" is a subheading). */
    private static final String CODE = "\\p{Lu}(?:[\\p{Lu}\\d.]+|[\\p{Lu}\\d.]*-\\d+)";
    private static final Pattern AGENCY_LINE = Pattern.compile("^\\(?" + CODE + "(\\s*[|/,]\\s*" + CODE + ")*\\)?\\**$");
    /** Desk initials closing a story, in lower case: "(wil/wis)", "(ton)". */
    private static final Pattern DESK_CODE = Pattern.compile("\\(\\p{Ll}{2,5}(/\\p{Ll}{2,5}){0,3}\\)");
    /** An embed's placeholder left in the text: "[Gambas:Video CNN]", "[embed]...[/embed]". */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\[\\]]*[:=/][^\\[\\]]*\\](.*\\])?");
    private static final Pattern CAPTION_END = Pattern.compile("(?iu)(\\((?=[^()]*(foto|photo|dok\\b|dok\\.|ilustrasi|image|gambar|getty|\\bvia\\b|\\.com/|\\.id/))[^()]*\\)\\s*\\W*\\s*(selengkapnya)?"
            + "|(\\.\\.\\.|…)\\s*selengkapnya|\\S/\\S+.*\\bvia\\s+\\S+|\\d{4}\\s*/\\s*\\p{Lu}[\\p{L}.]+|\\b(foto|photo|dok)\\s*:\\s*\\S.{0,60}|\\|\\s*getty images|\\bshutterstock|\\.\\s+\\p{Lu}[^.]{0,60}\\bvia\\s+\\p{Lu}[\\p{L}.]*)\\s*$");
    private static final Pattern CAPTION_CONTEXT = Pattern.compile("(caption|wp-caption-text|figcaption|el-figcaption|photo-credit|credit|image-credit|img-caption|media-caption)");
    /** A class names what an element is by its last parts ("social-share", "comments-area"); WordPress's "tag-x" names a topic. */
    private static final String SUFFIXES = "((?:[-_]{1,2}(?:area|box|list|wrap\\w*|container|section|block|bar|buttons?|links?|posts?|items?|stories|articles?|module|inner|holder"
            + "|panel|icons?|tools?|count|form|text|title|heading|widget|feed|zone|slot|unit|label|info|line|author|top|bottom|left|right|\\d+))*)(?=$|\\s)";
    private static final Pattern NEGATIVE_CONTEXT = Pattern.compile("(comments?|comment-list|share|sharing|social|socials|related|relate|sidebar|footer"
            + "|navbar|navigation|menu|breadcrumbs?|promo|promotion|ads?|advert\\w*|adsense|banner|newsletter|subscribe|subscription|popular|populer|trending"
            + "|tags?|sponsor\\w*|outbrain|taboola|disqus|cookie\\w*|modal|popup|recommend\\w*|rekomendasi|terkait|baca-juga|bacajuga"
            + "|read-?more|more-stories|most-read|signup|login|author-bio|bio|byline|meta|published|date|timestamp|toolbar|pagination|pager"
            + "|el-aside|el-footer|el-nav|visually-hidden|sr-only|screen-reader-text|print-only|skip-link|masthead|headline-list|list-berita|terpopuler|video-list)"
            + SUFFIXES);

    private BlockClassifier() {
    }

    static List<BlockLabel> label(List<Block> blocks) {
        List<BlockLabel> labels = new ArrayList<>(blocks.size());
        // blocks of one element share its context string, and elements share class names: match the patterns once per name
        Map<String, Integer> hints = new HashMap<>();
        for (Block b : blocks) labels.add(label(b, hints.computeIfAbsent(b.near(), BlockClassifier::nearHints)));
        markTeasers(blocks, labels);
        markTruncated(blocks, labels);
        markPhotoTexts(blocks, labels);
        markGalleryTexts(blocks, labels);
        // the line over a photo caption belongs to the photo (dumps lose the <figure> around both): a sentence there is a
        // short caption of its own, a bare title ("Kim Jong-un", "Infografis ...") is neither body nor caption
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (labels.get(i + 1) == BlockLabel.CAPTION && blocks.get(i).isDumpLine()
                    && (labels.get(i) == BlockLabel.HEADING && blocks.get(i).words() >= 2 || labels.get(i) == BlockLabel.SHORT
                    || labels.get(i) == BlockLabel.BODY && blocks.get(i).text().length() < blocks.get(i + 1).text().length() && blocks.get(i).words() < 25)) {
                labels.set(i, blocks.get(i).endsSentence() ? BlockLabel.CAPTION : BlockLabel.PHOTO_TITLE);
            }
        }
        return labels;
    }

    /**
     * A teaser list repeats one shape: an item holding a linked headline and a line of prose. Prose that
     * shares a nearby ancestor with a linked headline, in three or more different items, is such a list
     * (article paragraphs share one parent, so they never count as three items).
     */
    private static void markTeasers(List<Block> blocks, List<BlockLabel> labels) {
        List<Block> rows = new ArrayList<>();
        Map<String, Integer> rowCounts = new HashMap<>();
        for (Block b : blocks) {
            if (isLinkRow(b)) {
                rows.add(b);
                rowCounts.merge(b.text(), 1, Integer::sum);
            }
        }
        if (rows.isEmpty()) return;
        Set<Integer> headed = new HashSet<>();
        // items that each repeat one row of links (share buttons under every quote of a collection) are a list whatever their length
        Set<Integer> templated = new HashSet<>();
        for (Block b : rows) {
            boolean repeated = rowCounts.get(b.text()) >= 3;
            int[] a = b.ancestors();
            for (int k = 2; k <= 4 && a.length - k >= 0; k++) {
                headed.add(a[a.length - k]);
                if (repeated) templated.add(a[a.length - k]);
            }
        }
        Map<Integer, List<Integer>> byItem = new HashMap<>();
        // long paragraphs count only in items that are siblings of one list: the article's own item looks the same, elsewhere
        Map<Integer, Integer> longItemParent = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (labels.get(i) != BlockLabel.BODY) continue;
            // teasers are a sentence or two; a long paragraph is an article's even beside a link, unless the link row is a template's
            boolean isLong = blocks.get(i).words() > 50;
            Set<Integer> heads = isLong ? templated : headed;
            int[] a = blocks.get(i).ancestors();
            for (int k = 2; k <= 4 && a.length - k >= 0; k++) {
                if (heads.contains(a[a.length - k])) {
                    byItem.computeIfAbsent(a[a.length - k], x -> new ArrayList<>()).add(i);
                    if (isLong) longItemParent.put(a[a.length - k], a.length - k > 0 ? a[a.length - k - 1] : 0);
                    break;
                }
            }
        }
        Map<Integer, Integer> longSiblings = new HashMap<>();
        for (int parent : longItemParent.values()) longSiblings.merge(parent, 1, Integer::sum);
        // an item holds a paragraph or two in all; one that holds the article's paragraphs deeper down is the article
        Map<Integer, Integer> proseUnder = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (labels.get(i) != BlockLabel.BODY) continue;
            for (int id : blocks.get(i).ancestors()) if (byItem.containsKey(id)) proseUnder.merge(id, 1, Integer::sum);
        }
        List<List<Integer>> small = new ArrayList<>();
        for (var item : byItem.entrySet()) {
            Integer parent = longItemParent.get(item.getKey());
            if (proseUnder.get(item.getKey()) <= 2 && (parent == null || longSiblings.get(parent) >= 3)) small.add(item.getValue());
        }
        if (small.size() < 3) return;
        for (List<Integer> item : small) for (int i : item) labels.set(i, BlockLabel.ASIDE);
    }

    /** A linked headline or a row of links: mostly link text, a few words. */
    private static boolean isLinkRow(Block b) {
        if (b.linkDensity() < 0.5) return false;
        int w = b.words();
        return w >= 2 && w <= 25;
    }

    /** A photo credit standing alone: "Foto: Warta Raya/Dimas", "(Dok. Warga)", "Sumber foto: Istimewa". */
    private static final Pattern CREDIT_ONLY = Pattern.compile("(?iu)^\\(?\\s*(foto|photo|dok\\.?|dokumentasi|sumber foto|image|gambar|ilustrasi)\\s*:?\\s*\\S.{0,60}$");

    static boolean isCreditOnly(Block b) {
        return b.words() <= 10 && CREDIT_ONLY.matcher(b.text()).matches();
    }

    /**
     * A gallery's items each hold a caption's text and, beside it in the item, a credit line ("Foto: ..."): prose
     * followed by a credit of the same parent, three times or more, is captions, not body. One such pair alone may
     * be a paragraph followed by the credit of a photo below it, so it stays as it is.
     */
    private static void markGalleryTexts(List<Block> blocks, List<BlockLabel> labels) {
        List<Integer> texts = new ArrayList<>();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block b = blocks.get(i);
            Block next = blocks.get(i + 1);
            if (labels.get(i) != BlockLabel.BODY || b.isDumpLine() || labels.get(i + 1) != BlockLabel.CAPTION || !isCreditOnly(next)) continue;
            int[] a = b.ancestors();
            int[] n = next.ancestors();
            if (a.length >= 2 && n.length >= 2 && a[a.length - 2] == n[n.length - 2]) texts.add(i);
        }
        if (texts.size() >= 3) for (int i : texts) labels.set(i, BlockLabel.CAPTION);
    }

    /**
     * A photo's description and its credit line ("Name | Agency | Getty Images") often sit alone together in one small
     * element: the text just above a caption there is the caption's own, however long.
     */
    private static void markPhotoTexts(List<Block> blocks, List<BlockLabel> labels) {
        Map<Integer, Integer> children = new HashMap<>();
        for (Block b : blocks) if (!b.isDumpLine()) children.merge(parent(b), 1, Integer::sum);
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (labels.get(i) == BlockLabel.BODY && labels.get(i + 1) == BlockLabel.CAPTION && !b.isDumpLine()
                    && parent(b) != 0 && parent(b) == parent(blocks.get(i + 1)) && children.get(parent(b)) == 2) {
                labels.set(i, BlockLabel.CAPTION);
            }
        }
    }

    private static int parent(Block b) {
        int[] a = b.ancestors();
        return a.length < 2 ? 0 : a[a.length - 2];
    }

    /**
     * Teasers cut short with an ellipsis ("...has said that close to two million..."), three or more under one
     * parent, are a list of other stories, whatever their link density. Paragraphs are left alone: a dialogue trails off too.
     */
    private static void markTruncated(List<Block> blocks, List<BlockLabel> labels) {
        Map<Integer, List<Integer>> byParent = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String t = b.text();
            if (labels.get(i) != BlockLabel.BODY || b.isDumpLine() || b.tag().equals("p") || !(t.endsWith("...") || t.endsWith("…") || t.endsWith("[…]") || t.endsWith("[...]"))) continue;
            int[] a = b.ancestors();
            if (a.length >= 2) byParent.computeIfAbsent(a[a.length - 2], x -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : byParent.values()) if (group.size() >= 3) for (int i : group) labels.set(i, BlockLabel.ASIDE);
    }

    private static final int CAPTION_HINT = 1;
    private static final int NEGATIVE_HINT = 2;
    private static final int ASIDE_HINT = 4;
    /** Names that mark reader comments and recommendation boxes, checked on the nearest elements only. */
    private static final Pattern ASIDE_CONTEXT = Pattern.compile("(comments?|comment[-_]?(content|body|text|list|item)|replies|reply|disqus"
            + "|related|recommended|recommendations?|outbrain|taboola|footer|el-footer|copyright|cookies?|cookie-notice|gdpr|consent|privacy|newsletter"
            + "|subscribe|subscription|sidebar|author[-_]{0,2}(bio|box|description|profile|excerpt|details|about))" + SUFFIXES);

    /**
     * The hints of the nearest elements' names, with ASIDE_HINT: those of each name (a run without {@code \s}, with the
     * character after it, which the patterns' end looks at), since no match spans two names.
     */
    private static int nearHints(String near) {
        int h = 0;
        int n = near.length();
        int i = 0;
        while (i < n) {
            while (i < n && isAsciiSpace(near.charAt(i))) i++;
            int start = i;
            while (i < n && !isAsciiSpace(near.charAt(i))) i++;
            if (i > start) h |= nameHints(near.substring(start, Math.min(n, i + 1)));
        }
        return h;
    }

    /** Class names recur across a site's pages (and many across sites): each is matched once, while the memo stays small. */
    private static final Map<String, Integer> NAME_HINTS = new ConcurrentHashMap<>();
    private static final int NAME_HINTS_KEPT = 20_000;

    private static int nameHints(String name) {
        Integer known = NAME_HINTS.get(name);
        if (known != null) return known;
        int h = contextHints(name) | (startsAPart(ASIDE_CONTEXT, name) ? ASIDE_HINT : 0);
        if (NAME_HINTS.size() >= NAME_HINTS_KEPT) NAME_HINTS.clear();
        NAME_HINTS.put(name, h);
        return h;
    }

    /** {@code \s}. */
    static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    private static int contextHints(String context) {
        if (context.isEmpty()) return 0;
        return (startsAPart(CAPTION_CONTEXT, context) ? CAPTION_HINT : 0) | (startsAPart(NEGATIVE_CONTEXT, context) ? NEGATIVE_HINT : 0);
    }

    /**
     * Whether a name pattern matches from the start of some part of the class and id names (after a space, "-" or "_"):
     * the same as prefixing it with {@code (^|[\s_-])} and searching, but trying only where parts begin.
     */
    private static boolean startsAPart(Pattern name, String names) {
        Matcher m = name.matcher(names);
        int n = names.length();
        for (int q = 0; q < n; q++) {
            if (q > 0 && !isNameSeparator(names.charAt(q - 1)) || isNameSeparator(names.charAt(q))) continue;
            m.region(q, n);
            if (m.lookingAt()) return true;
        }
        return false;
    }

    private static boolean isNameSeparator(char c) {
        return c == ' ' || c == '-' || c == '_' || Character.isWhitespace(c);
    }

    static BlockLabel label(Block b) {
        return label(b, contextHints(b.context()));
    }

    private static BlockLabel label(Block b, int hints) {
        String t = b.text();
        String lower = b.lower();
        int words = b.words();
        if (words == 0) return BlockLabel.CLUTTER;
        if (words <= 6 && startsOneOf(lower, SECTION_STARTS, 3) && SECTION.matcher(lower).matches()) return b.linkDensity() > 0.5 ? BlockLabel.CLUTTER : BlockLabel.BOUNDARY;
        if (mayInsert(t.charAt(0)) && startsFolded(t, 0, INSERT_STARTS) && (words <= 40 && INSERT.matcher(t).matches() || words <= 12 && LEAD_IN.matcher(t).matches())) {
            return BlockLabel.CLUTTER;
        }
        if (words <= 8 && startsOneOf(lower, BUTTON_STARTS, 2) && BUTTON.matcher(lower).matches()) return BlockLabel.CLUTTER;
        if (words <= 14 && mayPage(lower) && pagerChars(lower) && namesPages(lower) && PAGER.matcher(lower).matches()) return BlockLabel.CLUTTER;
        if (words <= 30 && isSocial(lower, b.lowerChars(), maxTokens(b, t, lower))) return BlockLabel.CLUTTER;
        if (words <= 20 && tweetHandleAfterStart(t) && TWEET_SIGNATURE.matcher(t).matches()) return BlockLabel.BODY;
        boolean metadata = words <= 25 && (mayBeByline(t, afterDash(t)) && BYLINE.matcher(t).matches() || !b.endsSentence() && b.hasAsciiDigit() && DateText.find(t) != null);
        // a headline saying "FOTO: ..." names a gallery, and a linked one is a link: neither is a caption
        if (b.tag().equals("figcaption") || !b.isHeading() && b.linkDensity() < 0.5 && (b.isDumpLine() ? words >= 4 : words <= 40) && endsLikeCaption(t, lower)) {
            return BlockLabel.CAPTION;
        }
        // a class name like "credit" also names byline boxes: a byline or date line there is metadata
        if ((hints & CAPTION_HINT) != 0) return metadata ? BlockLabel.METADATA : BlockLabel.CAPTION;
        if (metadata) return BlockLabel.METADATA;
        boolean cookie = lower.contains("cookie");
        if (words <= 60 && (isCall(lower, b.lowerChars(), cookie) || mayCount(lower, b.hasAsciiDigit()) && counter(lower, b.hasAsciiDigit()))) return BlockLabel.CLUTTER;
        // a site's legal notice, whatever its length, states its rights more than once (its own, its data suppliers')
        if (notices(lower) >= 2) return BlockLabel.CLUTTER;
        if (words <= 40 && (lower.contains("tanggung jawab") || lower.contains("responsib")) && DISCLAIMER.matcher(lower).find() || cookie && COOKIES.matcher(lower).find()) return BlockLabel.CLUTTER;
        if (words <= 6 && mayBeCode(t) && AGENCY_LINE.matcher(t).matches() && t.length() > 1 || words <= 3 && t.charAt(0) == '(' && DESK_CODE.matcher(t).matches()) {
            return BlockLabel.METADATA;
        }
        if (words <= 8 && t.charAt(0) == '[' && PLACEHOLDER.matcher(t).matches()) return BlockLabel.CLUTTER;
        // long punctuated prose stays prose even when a site links every name in it (which matters only from a link density of 0.35)
        double links = b.linkDensity();
        boolean linkedProse = links >= 0.35 && words >= 15 && b.endsSentence() && b.stopwordDensity() >= 0.2;
        if (links > (linkedProse ? 0.85 : 0.5)) return BlockLabel.CLUTTER;
        // class names are a hint, not a verdict: article wrappers carry names like "field-label-hidden" too, so long prose is judged on its own
        if ((hints & ASIDE_HINT) != 0) return words < 25 ? BlockLabel.CLUTTER : BlockLabel.ASIDE;
        if (words < 25 && (hints & NEGATIVE_HINT) != 0) return BlockLabel.CLUTTER;
        // prose: dense in function words or, in languages without a stopword list (the web is not only Indonesian and English),
        // punctuated sentences; the punctuation is looked at first, since it spares most paragraphs the word count
        if (words >= 8 && (links < 0.35 || linkedProse) && (b.endsSentence() || words >= 20)
                && (t.length() >= 60 && hasSentenceMark(t) || b.stopwordDensity() >= 0.12)) return BlockLabel.BODY;
        // in a page only h1-h6 are headings: a short paragraph without a full stop is a list line or an answer
        if (b.isHeading() || b.isDumpLine() && words <= 20 && !b.endsSentence() && Character.isUpperCase(t.codePointAt(0))) return BlockLabel.HEADING;
        return BlockLabel.SHORT;
    }

    /** {@code t.indexOf("(@") > 0}, found from the "@"s (a one-char search is faster than a two-char one). */
    private static boolean tweetHandleAfterStart(String t) {
        for (int a = t.indexOf('@', 1); a >= 0; a = t.indexOf('@', a + 1)) if (t.charAt(a - 1) == '(') return a > 1;
        return false;
    }

    /** A text element (not a widget's div) inside an element named as the article's body (HtmlBlocks), few links. */
    static boolean vouched(Block b) {
        return b.linkDensity() < 0.3 && TEXT_TAGS.contains(b.tag()) && b.context().contains("article-body");
    }

    private static final Set<String> TEXT_TAGS = Set.of("p", "li", "tr", "dd", "dt", "blockquote", "pre");

    /** The region score of a block: what it adds to or takes from the stretch of page around it. */
    static double score(Block b, BlockLabel label) {
        int len = b.text().length();
        // an element that names itself the article's body (HtmlBlocks) vouches for its short lines (lists, tables) as text
        if (label == BlockLabel.SHORT && b.linkDensity() < 0.3 && b.context().contains("article-body")) return len * (1 - b.linkDensity());
        return switch (label) {
            case BODY -> len * (1 - b.linkDensity());
            case HEADING -> -0.3 * len - 5;
            // a short paragraph of a page is neutral (a one-line answer in an interview); a short line of a dump leans to clutter
            case SHORT -> isPageSentence(b) ? 0 : -0.3 * len - 5;
            case CAPTION, PHOTO_TITLE -> -0.3 * len - 10;
            case ASIDE -> -0.5 * len;
            case METADATA -> -len - 30;
            case CLUTTER -> -len - 50;
            // in a dump a section label ends the article; in a page it often heads a box set into the article, which prose resumes after
            case BOUNDARY -> b.isDumpLine() ? -1500 : -600;
        };
    }

    /** Every PAGER line holds a digit or names a page ("halaman" holds "laman"): a plain scan spares other lines its lookahead. */
    private static boolean mayPage(String lower) {
        for (int i = 0; i < lower.length(); i++) if (Character.isDigit(lower.charAt(i))) return true;
        return lower.contains("laman") || lower.contains("page");
    }

    /** How SECTION's forms begin (their first three characters, "berita " and the like before them included), packed by {@link #packed}. */
    private static final int[] SECTION_STARTS = packedSorted("ber", "art", "vid", "fot", "ter", "pop", "pal", "lai", "pil", "rek", "tre", "top", "tag",
            "kom", "com", "rel", "mos", "mor", "rea", "you", "lih", "upd", "dis", "pen", "hea", "bac", "rec", "edi", "lat", "hot");
    /** How BUTTON's forms begin (their first two characters: "ad" is one). */
    private static final int[] BUTTON_STARTS = packedSorted("la", "co", "ba", "se", "lo", "me", "mu", "sh", "ta", "li", "pr", "ik", "ad", "sp", "sc",
            "tu", "cl", "ke", "ne", "be");

    private static int[] packedSorted(String... starts) {
        int[] keys = new int[starts.length];
        for (int k = 0; k < starts.length; k++) keys[k] = packed(starts[k], starts[k].length());
        Arrays.sort(keys);
        return keys;
    }

    /** The first {@code n} characters of s, seven bits each, or -1 when one is not ASCII (no start is). */
    private static int packed(String s, int n) {
        int key = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128) return -1;
            key = key << 7 | c;
        }
        return key;
    }

    /** Whether the text begins with one of the starts, each {@code n} characters: a cheap test before a pattern anchored at the start. */
    private static boolean startsOneOf(String lower, int[] starts, int n) {
        if (lower.length() < n) return false;
        int key = packed(lower, n);
        return key >= 0 && Arrays.binarySearch(starts, key) >= 0;
    }

    /** The first two letters of INSERT's phrases (LEAD_IN's are among them). */
    private static final boolean[] INSERT_STARTS = pairTable("ba", "si", "li", "to", "sa", "ar", "be", "pi", "re", "al", "se", "wa", "mo");
    private static final int LONGEST_BYLINE_LABEL = Arrays.stream(BYLINE_LABELS).mapToInt(String::length).max().orElseThrow();

    /**
     * Whether BYLINE may match with its label at {@code from}: the ASCII letters there, up to the first other character, are one
     * of its labels, or the first word of one ("written" of "written by"), in either case. A character other than ASCII among them
     * may fold onto a letter ("ſ" onto "s"), so it may.
     */
    private static boolean mayBeByline(String t, int from) {
        int i = from;
        while (i < t.length() && i - from <= LONGEST_BYLINE_LABEL) {
            char c = t.charAt(i);
            if (c >= 128) return true;
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) break;
            i++;
        }
        int n = i - from;
        for (String label : BYLINE_LABELS) {
            if ((label.length() == n || label.length() > n && label.charAt(n) == ' ') && t.regionMatches(true, from, label, 0, n)) return true;
        }
        return false;
    }

    private static boolean[] pairTable(String... pairs) {
        boolean[] table = new boolean[1 << 14];
        for (String p : pairs) table[p.charAt(0) << 7 | p.charAt(1)] = true;
        return table;
    }

    /**
     * Whether t may begin at {@code from} with one of the pairs, as a case-insensitive pattern reads it: when the two characters
     * there are ASCII, their lower case is looked up; other characters may fold onto ASCII letters ("ſ" onto "s"), so they may.
     */
    private static boolean startsFolded(String t, int from, boolean[] pairs) {
        if (from + 1 >= t.length()) return true;
        char a = t.charAt(from);
        char b = t.charAt(from + 1);
        if (a >= 128 || b >= 128) return true;
        return pairs[asciiLower(a) << 7 | asciiLower(b)];
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * Whether an AGENCY_LINE may begin here: a CODE (after a bracket) is a capital and a capital, digit, full stop or hyphen;
     * other than ASCII characters are left to the pattern.
     */
    private static boolean mayBeCode(String t) {
        int i = t.charAt(0) == '(' ? 1 : 0;
        if (i + 1 >= t.length()) return true;
        char a = t.charAt(i);
        char b = t.charAt(i + 1);
        if (a >= 128 || b >= 128) return true;
        return a >= 'A' && a <= 'Z' && (b >= 'A' && b <= 'Z' || isAsciiDigit(b) || b == '.' || b == '-');
    }

    /** Where BYLINE's label must begin: after a leading dash and the spaces after it. */
    private static int afterDash(String t) {
        if (t.isEmpty() || t.charAt(0) != '-') return 0;
        int i = 1;
        while (i < t.length() && isAsciiSpace(t.charAt(i))) i++;
        return i;
    }

    /** What every PAGER line holds: a page word or arrow, or two numbers with spaces between them. */
    private static final String[] PAGE_WORDS = {"sebelumnya", "prev", "hal", "laman", "page", "berikutnya", "next", "lanjut", "«", "»", "‹", "›"};

    private static boolean namesPages(String lower) {
        for (String w : PAGE_WORDS) if (lower.contains(w)) return true;
        for (int i = 0; i + 2 < lower.length(); i++) {
            if (!isAsciiDigit(lower.charAt(i)) || !isAsciiSpace(lower.charAt(i + 1))) continue;
            int j = i + 1;
            while (j < lower.length() && isAsciiSpace(lower.charAt(j))) j++;
            if (j < lower.length() && isAsciiDigit(lower.charAt(j))) return true;
        }
        return false;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The letters INSERT's and LEAD_IN's phrases begin with (case-insensitively: any other letter may fold onto one). */
    private static boolean mayInsert(char first) {
        return first >= 128 || "bsltaprwmBSLTAPRWM".indexOf(first) >= 0;
    }

    /** PAGER's forms are written with these characters only: page words and numbers, separators, arrows, whitespace. */
    private static boolean pagerChars(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean ok = c < 128 ? PAGER_ASCII[c] : c == '«' || c == '»' || c == '‹' || c == '›' || c == '…';
            if (!ok) return false;
        }
        return true;
    }

    private static final boolean[] PAGER_ASCII = pagerAscii();

    private static boolean[] pagerAscii() {
        boolean[] ok = new boolean[128];
        // the letters of sebelumnya, previous, halaman, page, dari, of, selanjutnya, berikutnya, next, baca, ke, terakhir, pertama
        for (char c : "abcdefghijklmnoprstuvxy0123456789 \t\n\u000b\f\r.:/|<>".toCharArray()) ok[c] = true;
        return ok;
    }

    private static int notices(String lower) {
        int n = 0;
        for (int i = lower.indexOf("rights reserved"); i >= 0; i = lower.indexOf("rights reserved", i + 1)) n++;
        for (int i = lower.indexOf("hak cipta dilindungi"); i >= 0; i = lower.indexOf("hak cipta dilindungi", i + 1)) n++;
        return n;
    }

    /**
     * A call to action, a legal notice, an ad label: one of these phrases (as specific as can be, since "mengikuti", "pendapat" or
     * "editor" are common in prose), confirmed by its pattern where the phrase alone is not the form (null: it is).
     */
    private record Call(String phrase, Pattern form) {
        Call(String phrase) {
            this(phrase, null);
        }
    }

    private static final Pattern JOIN = Pattern.compile("join the (discussion|conversation)");
    private static final Pattern DONT_FORGET = Pattern.compile("jangan lupa (follow|ikuti|subscribe|like|share|klik)");
    private static final Pattern FORBIDDEN = Pattern.compile("dilarang (keras )?(mengambil|mengutip|menyalin|memperbanyak|menayangkan)");
    private static final Pattern JOIN_GROUP = Pattern.compile("gabung (di|ke) (grup|channel|saluran)");
    /** "Cek berita dan artikel lain di ...": its forms also say "berita dan berita", which no phrase holds, so it is tried whenever any phrase is found. */
    private static final Pattern CHECK_NEWS = Pattern.compile("(cek|baca) (berita|artikel) dan (berita|artikel)");
    private static final Pattern INBOX = Pattern.compile("(in|to) your inbox");
    private static final Pattern STAFF = Pattern.compile("is an? (staff |senior |contributing |freelance )?(writer|reporter|editor|correspondent|contributor) (at|for|with)");
    private static final Pattern COOKIE_USE = Pattern.compile("uses cookies|use cookies|cookie policy|menggunakan cookie");
    private static final Pattern PRIVACY = Pattern.compile("privacy (policy|overview)");
    private static final Pattern SCROLL = Pattern.compile("scroll (ke bawah )?(untuk|to) (lanjut|melanjutkan|continue|membaca|baca|read)");
    /** A syndication note: "Artikel ini telah tayang di Kompas.com dengan judul ...". */
    private static final Pattern SYNDICATED = Pattern.compile("(artikel|berita|tulisan) ini (telah |sudah |juga |pertama kali )?(tayang|terbit|dimuat|diterbitkan|ditayangkan) (di|pada)\\b");
    /** "Simak breaking news dan berita pilihan kami langsung di ponselmu." */
    private static final Pattern NEWS_ON_PHONE = Pattern.compile("(berita|news)\\b.{0,60}langsung di ponsel(mu| anda)");
    private static final Pattern AD_LABEL = Pattern.compile("(?<![\\w-])(advertisement|sponsored)\\b");
    private static final Pattern AD_END = Pattern.compile("iklan$");

    /** At most 64, so that a bit set in a long says which were tried. */
    private static final Call[] CALLS = {new Call("bagaimana pendapat anda"), new Call("sampaikan pendapat"), new Call("tulis komentar"),
            new Call("berikan komentar"), new Call("kirim komentar"), new Call("leave a comment"), new Call("join the ", JOIN),
            new Call("jangan lupa ", DONT_FORGET), new Call("ikuti kami"), new Call("ikuti akun"), new Call("ikuti berita"), new Call("ikuti channel"),
            new Call("ikuti saluran"), new Call("follow us"), new Call("follow akun"), new Call("subscribe to"), new Call("berlangganan"),
            new Call("unduh aplikasi"), new Call("download aplikasi"), new Call("download the app"), new Call("sign up for"), new Call("daftar sekarang"),
            new Call("klik di sini"), new Call("click here"), new Call("all rights reserved"), new Call("hak cipta"), new Call("dilarang ", FORBIDDEN),
            new Call("tanpa izin tertulis"), new Call("©"), new Call("copyright"), new Call("dapatkan update"), new Call("dapatkan berita"),
            new Call("dapatkan informasi"), new Call("gabung di ", JOIN_GROUP), new Call("gabung ke ", JOIN_GROUP), new Call("whatsapp channel"),
            new Call("saluran whatsapp"), new Call("berita dan artikel", CHECK_NEWS), new Call("artikel dan berita", CHECK_NEWS), new Call("google news"),
            new Call("newsletter"), new Call("your inbox", INBOX), new Call("news alerts"), new Call("breaking news emails"), new Call("writer ", STAFF),
            new Call("reporter ", STAFF), new Call("editor ", STAFF), new Call("correspondent ", STAFF), new Call("contributor ", STAFF),
            new Call("cookie", COOKIE_USE), new Call("privacy ", PRIVACY), new Call("scroll ", SCROLL), new Call("advertisement", AD_LABEL),
            new Call("sponsored", AD_LABEL), new Call("artikel ini ", SYNDICATED), new Call("berita ini ", SYNDICATED),
            new Call("tulisan ini ", SYNDICATED), new Call("langsung di ponsel", NEWS_ON_PHONE)};
    /** A text is read at four-character windows this far apart: a phrase at least {@code STRIDE + 3} long holds one whole. */
    private static final int STRIDE = 4;
    /**
     * Four-character windows of the phrases read by stride (packed seven bits a character), with the phrase and the window's
     * offset in it ({@code k << 8 | offset}), in an open-addressing table.
     */
    private static final int GRAM_BITS = 11;
    private static final int[] GRAM_KEYS = new int[1 << GRAM_BITS];
    private static final int[][] GRAM_CALLS = new int[1 << GRAM_BITS][];
    /** A bit per {@link #gramFilterBit} of GRAM_KEYS's keys: most windows of a text are passed over on one test, without probing the table. */
    private static final long[] GRAM_FILTER = new long[1 << 10];
    /**
     * What every CHECK_NEWS match holds: found by the windows too (after CALLS's phrases, at {@code CALLS.length} on), so that a
     * text without them is spared the pattern and the search for "iklan" (see isCall).
     */
    private static final String[] NEWS_ENDS = {" dan berita", " dan artikel"};
    /** CALLS's phrases, then NEWS_ENDS. */
    private static final String[] PHRASES = new String[CALLS.length + NEWS_ENDS.length];
    private static final long NEWS_BITS = (1L << CALLS.length + NEWS_ENDS.length) - (1L << CALLS.length);
    /** The short phrase that isCall tells apart: "cookie", from what label found ("iklan" is AD_END's, tried at the end). */
    private static final int COOKIE = callIndex("cookie");
    /** The other phrases too short to hold a window at every stride: searched for whole. */
    private static final int[] SHORT_CALLS;

    static {
        requireMaskFits(PHRASES.length);
        for (int k = 0; k < CALLS.length; k++) PHRASES[k] = CALLS[k].phrase();
        System.arraycopy(NEWS_ENDS, 0, PHRASES, CALLS.length, NEWS_ENDS.length);
        List<Integer> shortCalls = new ArrayList<>();
        for (int k = 0; k < PHRASES.length; k++) {
            String p = PHRASES[k];
            // "©" is looked for apart
            if (p.length() < 4) continue;
            if (p.length() < STRIDE + 3) {
                if (k != COOKIE) shortCalls.add(k);
                continue;
            }
            // an occurrence's windows read at the stride start at offsets of one residue class in the phrase: one window of each
            // class is enough, the one with the fewest of the commonest characters (fewer windows of prose pass the filter)
            for (int residue = 0; residue < STRIDE; residue++) {
                int offset = residue;
                for (int o = residue; o + 4 <= p.length(); o += STRIDE) if (common(p, o) < common(p, offset)) offset = o;
                int key = packed(p.substring(offset), 4);
                int s = gramSlot(key);
                while (GRAM_KEYS[s] != 0 && GRAM_KEYS[s] != key) s = (s + 1) & (GRAM_KEYS.length - 1);
                GRAM_KEYS[s] = key;
                int bit = gramFilterBit(key);
                GRAM_FILTER[bit >>> 6] |= 1L << bit;
                int[] es = GRAM_CALLS[s] == null ? new int[0] : GRAM_CALLS[s];
                es = Arrays.copyOf(es, es.length + 1);
                es[es.length - 1] = k << 8 | offset;
                GRAM_CALLS[s] = es;
            }
        }
        SHORT_CALLS = shortCalls.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int callIndex(String phrase) {
        for (int k = 0; k < CALLS.length; k++) if (CALLS[k].phrase().equals(phrase)) return k;
        throw new IllegalStateException("no call phrase " + phrase);
    }

    /** How many of the four characters from {@code at} are among the commonest in Indonesian and English text. */
    private static int common(String phrase, int at) {
        int n = 0;
        for (int i = at; i < at + 4; i++) if (" aeinrtu".indexOf(phrase.charAt(i)) >= 0) n++;
        return n;
    }

    /** isCall marks the phrases it found in one long: a 65th phrase would wrap onto the first. */
    static void requireMaskFits(int phrases) {
        if (phrases > Long.SIZE) throw new IllegalStateException(phrases + " call phrases: isCall's mask holds " + Long.SIZE);
    }

    private static int gramSlot(int key) {
        return (key * 0x9E3779B1) >>> (32 - GRAM_BITS);
    }

    private static int gramFilterBit(int key) {
        return (key * 0x85EBCA6B) >>> 16;
    }

    /** The phrases' windows (see GRAM_CALLS) that are these four ASCII characters (packed seven bits each), or null. */
    private static int[] callsAt(int key) {
        for (int s = gramSlot(key); GRAM_KEYS[s] != 0; s = (s + 1) & (GRAM_KEYS.length - 1)) {
            if (GRAM_KEYS[s] == key) return GRAM_CALLS[s];
        }
        return null;
    }

    /**
     * Whether the lower-cased block is a call to action or notice: one of CALLS's phrases in it, confirmed by its form. Which
     * phrases the text holds is all that counts, so the text is read a window every STRIDE characters, not at every one ({@code chars}: its chars).
     */
    private static boolean isCall(String lower, char[] chars, boolean cookie) {
        if (lower.indexOf('©') >= 0) return true;
        long found = cookie ? 1L << COOKIE : 0;
        for (int k : SHORT_CALLS) if (lower.contains(PHRASES[k])) found |= 1L << k;
        int n = chars.length;
        for (int p = 3; p < n; p += STRIDE) {
            char a = chars[p - 3];
            char b = chars[p - 2];
            char c = chars[p - 1];
            char d = chars[p];
            if ((a | b | c | d) >= 128) continue;
            int key = ((a << 7 | b) << 7 | c) << 7 | d;
            int bit = gramFilterBit(key);
            if ((GRAM_FILTER[bit >>> 6] & 1L << bit) == 0) continue;
            int[] es = callsAt(key);
            if (es == null) continue;
            for (int e : es) {
                int k = e >>> 8;
                if ((found & 1L << k) == 0 && lower.startsWith(PHRASES[k], p - 3 - (e & 0xff))) found |= 1L << k;
            }
        }
        long news = found & NEWS_BITS;
        found &= ~NEWS_BITS;
        for (long f = found; f != 0; f &= f - 1) {
            Pattern form = CALLS[Long.numberOfTrailingZeros(f)].form();
            if (form == null || form.matcher(lower).find()) return true;
        }
        if (AD_END.matcher(lower).region(Math.max(0, lower.length() - AD_END_REACH), lower.length()).find()) return true;
        // any phrase found, "iklan" anywhere included, lets CHECK_NEWS decide
        return news != 0 && (found != 0 || lower.contains("iklan")) && CHECK_NEWS.matcher(lower).find();
    }

    /** AD_END matches within this many characters of the end ("iklan" and a line break). */
    private static final int AD_END_REACH = 7;

    /**
     * Whether COUNTER may match: "waktu baca" and "baca dalam" stand anywhere; every other form starts with a number
     * ("3 jam lalu" at the start) or has, after a number and spaces, one of its words whole ({@link #countWordAt}); a text without
     * digits is not scanned for them.
     */
    private static boolean mayCount(String lower, boolean digits) {
        for (int i = lower.indexOf("baca"); i >= 0; i = lower.indexOf("baca", i + 1)) {
            if (lower.startsWith("waktu ", i - 6) || lower.startsWith(" dalam", i + 4)) return true;
        }
        if (!digits) return false;
        int n = lower.length();
        for (int i = 0; i < n; i++) {
            if (!isAsciiDigit(lower.charAt(i))) continue;
            if (i == 0) return true;
            // COUNTER's \d[\d.,]*\s*: the word after it begins past the whole run and the spaces after it
            int j = i + 1;
            while (j < n && (isAsciiDigit(lower.charAt(j)) || lower.charAt(j) == '.' || lower.charAt(j) == ',')) j++;
            while (j < n && isAsciiSpace(lower.charAt(j))) j++;
            if (countWordAt(lower, j)) return true;
            i = j - 1;
        }
        return false;
    }

    /** COUNTER's find, begun where a match can begin at the earliest: the first digit, "waktu baca" or "baca dalam". */
    private static boolean counter(String lower, boolean digits) {
        int from = lower.length();
        for (int i = 0; digits && i < from; i++) if (isAsciiDigit(lower.charAt(i))) from = i;
        int w = lower.indexOf("waktu baca");
        if (w >= 0) from = Math.min(from, w);
        int d = lower.indexOf("baca dalam");
        if (d >= 0) from = Math.min(from, d);
        // its \b looks at the char before the search's start; its ^ holds only at the text's start (a digit there begins the search there)
        return COUNTER.matcher(lower).useTransparentBounds(true).useAnchoringBounds(false).region(from, lower.length()).find();
    }

    /**
     * Whether one of the words COUNTER reads after a number stands at j as the pattern reads it: "kali dibaca", "kali dilihat",
     * "view(s)", "share(s)", "comment(s)", "komentar", "dibaca", "pembaca", each with a word boundary after it, or "min", "mins",
     * "minute(s)" and "read" after spaces ("5 min read").
     */
    private static boolean countWordAt(String lower, int j) {
        if (lower.startsWith("kali di", j)) {
            return lower.startsWith("baca", j + 7) && wordEndsAt(lower, j + 11) || lower.startsWith("lihat", j + 7) && wordEndsAt(lower, j + 12);
        }
        for (String w : COUNT_PLURALS) {
            if (lower.startsWith(w, j)) return wordEndsAt(lower, lower.startsWith("s", j + w.length()) ? j + w.length() + 1 : j + w.length());
        }
        for (String w : COUNT_WORDS) if (lower.startsWith(w, j)) return wordEndsAt(lower, j + w.length());
        if (!lower.startsWith("min", j)) return false;
        int k = j + 3;
        if (lower.startsWith("ute", k)) k += 3;
        if (lower.startsWith("s", k)) k++;
        int spaces = k;
        while (k < lower.length() && isAsciiSpace(lower.charAt(k))) k++;
        return k > spaces && lower.startsWith("read", k) && wordEndsAt(lower, k + 4);
    }

    /** A word boundary at k after a word character, as {@code \b} reads it (ASCII word characters). */
    private static boolean wordEndsAt(String s, int k) {
        return k >= s.length() || !isAsciiWordChar(s.charAt(k));
    }

    /** A short paragraph of a page that reads as text: four words, a table row, or a sentence with its full stop. */
    static boolean isPageSentence(Block b) {
        return !b.isDumpLine() && (b.words() >= 4 || isRow(b) || b.words() >= 2 && b.endsSentence()) && b.linkDensity() < 0.3;
    }

    private static boolean isRow(Block b) {
        return b.tag().equals("tr");
    }

    /** One of ".!?。！？,，、" in t. */
    private static boolean hasSentenceMark(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' || c == ',' || c == '!' || c == '?' || c >= '\u3001' && (c == '\u3002' || c == '\uff01' || c == '\uff1f' || c == '\uff0c' || c == '\u3001')) return true;
        }
        return false;
    }

    /**
     * Photo credits close a caption: only the text's tail is searched (the patterns end at its end), sparing long prose a scan,
     * and in it only the places where a CAPTION_END form can begin.
     */
    private static boolean endsLikeCaption(String t, String lower) {
        int n = t.length();
        int from = Math.max(0, n - CAPTION_TAIL);
        if (!mayEndLikeCaption(t, from)) return false;
        boolean may = false;
        if (lower.length() == n) {
            for (int k = 0; k < CAPTION_ANCHORS.length && !may; k++) may = lower.indexOf(CAPTION_ANCHORS[k], from) >= 0;
        } else {
            // a letter whose lower case is longer ("İ") shifts the lower-cased text: cut the tail first
            String tail = t.substring(from).toLowerCase(Locale.ROOT);
            for (String a : CAPTION_ANCHORS) may |= tail.contains(a);
        }
        if (!may) return false;
        // the forms that can begin at a full stop, an ellipsis, a bar or before a slash go on to "selengkapnya", "via" or "getty"
        int worded = -2; // found when first needed: most tails never need it
        Matcher m = null;
        for (int q = from; q < n; q++) {
            boolean starts = mayStartCaptionEnd(t, q);
            if (!starts && (q + 1 >= n || t.charAt(q + 1) != '/')) continue;
            char c = t.charAt(q);
            if (!starts || c == '.' || c == '\u2026' || c == '|') {
                if (worded == -2) worded = lastFolded(t, from, WORDED_ENDS);
                if (worded <= q) continue;
            }
            if (m == null) m = CAPTION_END.matcher(t).useTransparentBounds(true);
            if (m.region(q, n).lookingAt()) return true;
        }
        return false;
    }

    /**
     * What the end of a text must look like for a CAPTION_END form to end it there, read backwards from the end: a ")" with only
     * non-word characters after it, "selengkapnya", "getty images" or "shutterstock" last, "via" before the last word, letters
     * after a slash, or a colon at most 60 characters before the end. Most prose has none of these, and is spared the scan of
     * its tail. A text ending in a line break (where {@code $} has two places) is left to the scan.
     */
    private static boolean mayEndLikeCaption(String t, int from) {
        int n = t.length();
        if (n == 0) return true;
        char last = t.charAt(n - 1);
        if (Tokenizer.isLineTerminator(last)) return true;
        int e = n;
        while (e > from && isAsciiSpace(t.charAt(e - 1))) e--;
        if (endsFolded(t, e, "selengkapnya") || endsFolded(t, e, "getty images") || endsFolded(t, e, "shutterstock")) return true;
        // "(Foto: ...)" and what follows it
        for (int i = e - 1; i >= from && !isAsciiWordChar(t.charAt(i)); i--) if (t.charAt(i) == ')') return true;
        // "... via Reuters": "via", spaces, the last word
        int k = e;
        while (k > from && !isAsciiSpace(t.charAt(k - 1))) k--;
        int v = k;
        while (v > from && isAsciiSpace(t.charAt(v - 1))) v--;
        if (v < k && endsFolded(t, v, "via")) return true;
        // "2024/Antara": letters (and full stops) after a slash and spaces
        int l = e;
        while (l > from) {
            int cp = t.codePointBefore(l);
            // other than ASCII characters are passed over too: a case-insensitive class may take in more than its letters
            if (cp < 128 && !Character.isLetter(cp) && cp != '.') break;
            l -= Character.charCount(cp);
        }
        if (l < e) {
            while (l > from && isAsciiSpace(t.charAt(l - 1))) l--;
            if (l > from && t.charAt(l - 1) == '/') return true;
        }
        // "Foto: ...": a colon with something after it (the last such is nearest the end), spaces, then at most 61 characters
        int colon = e >= 2 ? t.lastIndexOf(':', e - 2) : -1;
        if (colon >= from) {
            int s = colon + 1;
            while (isAsciiSpace(t.charAt(s))) s++;
            if (e - s - 1 <= 60) return true;
        }
        return false;
    }

    /**
     * Whether a case-insensitive Unicode pattern ending in {@code w\s*$} may match t: w last but for ASCII spaces, its chars
     * compared as the pattern does; a text ending in a line break (where {@code $} has two places) is left to the pattern.
     */
    static boolean mayEndWith(String t, String w) {
        int e = t.length();
        if (e == 0) return false;
        char last = t.charAt(e - 1);
        if (Tokenizer.isLineTerminator(last)) return true;
        while (e > 0 && isAsciiSpace(t.charAt(e - 1))) e--;
        return endsFolded(t, e, w);
    }

    /** Whether t[.., end) ends with w (ASCII, lower case), each char compared as a case-insensitive Unicode pattern does. */
    private static boolean endsFolded(String t, int end, String w) {
        int start = end - w.length();
        if (start < 0) return false;
        for (int k = 0; k < w.length(); k++) {
            char c = t.charAt(start + k);
            if (c != w.charAt(k) && Character.toLowerCase(Character.toUpperCase(c)) != w.charAt(k)) return false;
        }
        return true;
    }

    private static final String[] WORDED_ENDS = {"via", "selengkapnya", "getty"};

    /** Where the last of the words in t[from, ..) begins, its chars compared as a case-insensitive Unicode pattern does; or -1. */
    private static int lastFolded(String t, int from, String[] words) {
        for (int i = t.length() - 1; i >= from; i--) {
            char c = Character.toLowerCase(Character.toUpperCase(t.charAt(i)));
            for (String w : words) if (c == w.charAt(0) && foldedAt(t, i, w)) return i;
        }
        return -1;
    }

    private static boolean foldedAt(String t, int i, String w) {
        if (i + w.length() > t.length()) return false;
        for (int k = 1; k < w.length(); k++) if (Character.toLowerCase(Character.toUpperCase(t.charAt(i + k))) != w.charAt(k)) return false;
        return true;
    }

    /**
     * Whether a CAPTION_END form can begin at q, by what stands there (case-insensitively as the pattern, where "ſ" is an
     * "s"): a bracket, a bar, an ellipsis; "..." or a full stop before a space; four digits before a slash; "foto",
     * "photo", "dok" or "shutterstock" where a word may begin (their \b sees ASCII word characters only, since Java
     * 19). "x/" begins a form too (the caller tests it).
     */
    private static boolean mayStartCaptionEnd(String t, int q) {
        int n = t.length();
        char c = t.charAt(q);
        return switch (c) {
            case '(', '|', '\u2026' -> true;
            case '.' -> q + 1 < n && (t.charAt(q + 1) == '.' || isAsciiSpace(t.charAt(q + 1)));
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> fourDigitsThenSlash(t, q);
            // "ſ" is no ASCII word character: a word boundary stands before it whatever precedes
            case 'd', 'D', 'f', 'F', 'p', 'P', 's', 'S', '\u017f' -> (c == '\u017f' || q == 0 || !isAsciiWordChar(t.charAt(q - 1)))
                    && (t.regionMatches(true, q, "foto", 0, 4) || t.regionMatches(true, q, "photo", 0, 5) || t.regionMatches(true, q, "dok", 0, 3)
                    || t.regionMatches(true, q, "shutterstock", 0, 12));
            default -> false;
        };
    }

    /** Four ASCII digits at q, then ASCII spaces, then a slash. */
    private static boolean fourDigitsThenSlash(String t, int q) {
        int n = t.length();
        if (q + 4 > n) return false;
        for (int i = q; i < q + 4; i++) if (t.charAt(i) < '0' || t.charAt(i) > '9') return false;
        int i = q + 4;
        while (i < n && isAsciiSpace(t.charAt(i))) i++;
        return i < n && t.charAt(i) == '/';
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** Every CAPTION_END form holds one of these. */
    private static final String[] CAPTION_ANCHORS = {")", "/", "selengkapnya", "via", "foto", "photo", "dok", "getty", "shutterstock"};

    private static final int CAPTION_TAIL = 200;

    /** SOCIAL's words by their hash, open addressing: a token is looked up where it stands, without a string made of it. */
    private static final String[] SOCIAL_TABLE = hashTable(SOCIAL);

    private static String[] hashTable(Set<String> words) {
        String[] table = new String[Integer.highestOneBit(words.size() * 4)];
        for (String w : words) {
            int s = w.hashCode() & (table.length - 1);
            while (table[s] != null) s = (s + 1) & (table.length - 1);
            table[s] = w;
        }
        return table;
    }

    private static boolean inTable(String[] table, int hash, String text, int start, int end) {
        for (int s = hash & (table.length - 1); table[s] != null; s = (s + 1) & (table.length - 1)) {
            String w = table[s];
            if (w.length() == end - start && text.startsWith(w, start)) return true;
        }
        return false;
    }

    /**
     * At most how many tokens isSocial reads in the text: a token holds a word (a run of letters, which no token separator
     * splits) or is made of hyphens. Chinese and Japanese characters (tokens, not words) and a lower case longer than the
     * text ("İ" becomes two characters, the second no letter) leave it unbounded.
     */
    private static int maxTokens(Block b, String t, String lower) {
        if (b.hasCjk() || lower.length() != t.length()) return Integer.MAX_VALUE;
        int hyphens = 0;
        for (int i = lower.indexOf('-'); i >= 0; i = lower.indexOf('-', i + 1)) hyphens++;
        return b.words() + hyphens;
    }

    /** {@code chars}: lower's chars. */
    private static boolean isSocial(String lower, char[] chars, int maxTokens) {
        int social = 0;
        int all = 0;
        int i = 0;
        int n = chars.length;
        while (i < n) {
            while (i < n && !tokenChar(chars[i])) i++;
            int start = i;
            int hash = 0;
            while (i < n && tokenChar(chars[i])) hash = 31 * hash + chars[i++];
            if (i > start) {
                all++;
                if (inTable(SOCIAL_TABLE, hash, lower, start, i)) social++;
                // each word still to come takes a character and a space: when all of them being social words would not make
                // six in ten, the line is not a share row (prose is told so well before its end); nor when the words not
                // social so far are more than four in ten of all the text can have
                else if (2 * (social + (n - i + 1) / 2) < 3 * (all - social) || 10L * (all - social) > 4L * maxTokens) return false;
            }
        }
        return all > 0 && social * 10 >= all * 6;
    }

    private static boolean tokenChar(char c) {
        if (c < 128) return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c >= 'A' && c <= 'Z';
        return Character.isLetterOrDigit(c);
    }
}
