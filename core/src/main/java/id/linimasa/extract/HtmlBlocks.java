package id.linimasa.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cuts an HTML body into blocks: text between block-level element boundaries, with the ids and class
 * names of the elements around it and how much of it is link text. Iterative (jsoup's NodeFilter), so
 * deeply nested pages cannot overflow the stack; scripts, forms controls and hidden parts are skipped.
 */
final class HtmlBlocks implements NodeFilter {

    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "iframe", "svg", "template", "button",
            "select", "input", "textarea", "object", "embed", "canvas", "video", "audio", "map", "nav", "head", "math", "dialog");
    private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody", "thead", "tfoot", "caption", "blockquote", "pre",
            "figure", "figcaption", "header", "footer", "aside", "form", "fieldset", "address", "center", "details", "summary",
            "hr", "body", "html", "hgroup", "picture");
    private static final Set<String> CELL = Set.of("td", "th");
    /** Semantic tags worth knowing in a block's context (a caption in a figure, a paragraph in an aside). */
    private static final Set<String> MARKED = Set.of("figure", "figcaption", "aside", "footer", "header", "blockquote", "li", "table", "article", "main");
    /** The context of a MARKED element without names: ownNames's " " (an empty class, a space, an empty id) and the mark. */
    private static final Map<String, String> MARKED_ONLY = MARKED.stream().collect(Collectors.toUnmodifiableMap(t -> t, t -> "  el-" + t));
    /** Only the nearest enclosing blocks count as context: a body class like "has-sidebar" says nothing. */
    private static final int CONTEXT_DEPTH = 6;

    private final List<Block> out = new ArrayList<>();
    private final StringBuilder buf = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private int linkStart;
    private int linkCharsBefore;
    /** Blocks flushed before the open link began: when a block ended inside it, its start is gone. */
    private int linkBlock;
    private int[] ids = new int[64];
    private String[] tags = new String[64];
    private String[] contexts = new String[64];
    private int depth;
    private int nextId;
    /**
     * The context and near names of the open elements and their ids, kept until one opens or closes: a run of blocks in one
     * element shares them (the blocks only read their ancestors).
     */
    private String context;
    private String near;
    private int[] path;
    /** The open elements' names last joined, how many, and what they made: most elements name nothing, so the next block's are often the same. */
    private final String[] joined = new String[CONTEXT_DEPTH];
    private int joinedCount = -1;
    private String joinedContext;
    private String joinedNear;

    static List<Block> of(Element body) {
        HtmlBlocks b = new HtmlBlocks();
        b.tags[0] = "root";
        b.contexts[0] = "";
        b.depth = 1;
        b.nextId = 1;
        body.filter(b);
        b.flush();
        return b.out;
    }

    @Override
    public FilterResult head(Node node, int d) {
        if (node instanceof TextNode t) {
            String s = t.getWholeText();
            int before = buf.length();
            appendText(s);
            if (linkDepth > 0) linkChars += buf.length() - before;
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) return FilterResult.SKIP_ENTIRELY;
        String tag = e.normalName();
        if (SKIP.contains(tag) || hidden(e) || isSocialEmbed(tag, e) || tag.equals("span") && buf.length() > 0 && isCard(e)) return FilterResult.SKIP_ENTIRELY;
        if (tag.equals("br")) {
            flush();
            return FilterResult.CONTINUE;
        }
        if (tag.equals("a") && linkDepth++ == 0) {
            linkStart = buf.length();
            linkCharsBefore = linkChars;
            linkBlock = out.size();
        }
        // a table row is one line of text, as a reader sees it: its cells join with a space
        if (CELL.contains(tag) && buf.length() > 0 && buf.charAt(buf.length() - 1) != ' ') buf.append(' ');
        if (BLOCK.contains(tag)) {
            flush();
            push(tag, e);
        } else if (tag.equals("img") && buf.length() > 0) {
            buf.append(' ');
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int d) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("a") && --linkDepth == 0 && linkBlock == out.size() && spellsAddress(linkStart)) linkChars = linkCharsBefore;
            if (BLOCK.contains(tag)) {
                flush();
                depth--;
                context = null;
            } else if (buf.length() > 0 && (tag.equals("span") || tag.equals("a") || tag.equals("strong") || tag.equals("b") || tag.equals("em"))) {
                // inline elements often butt against each other without spaces in the source
                if (e.nextSibling() instanceof Element) buf.append(' ');
            }
        }
        return FilterResult.CONTINUE;
    }

    /**
     * A link whose text is a web address ("http://amzn.to/2x", "www.example.com") is an address written out in the
     * text, which a reader sees and copies; it is not navigation, so it does not count as link text.
     */
    private boolean spellsAddress(int from) {
        int start = from;
        while (start < buf.length() && buf.charAt(start) == ' ') start++;
        int end = buf.length();
        while (end > start && buf.charAt(end - 1) == ' ') end--;
        if (end - start < 8) return false;
        for (int i = start; i < end; i++) if (buf.charAt(i) == ' ') return false;
        String head = buf.substring(start, Math.min(end, start + 8)).toLowerCase(Locale.ROOT);
        return head.startsWith("http://") || head.startsWith("https://") || head.startsWith("www.");
    }

    /** Appends the text with its whitespace runs as one space; runs of other characters are copied whole. */
    private void appendText(String s) {
        int n = s.length();
        if (n > 0 && singleSpaced(s) && (s.charAt(0) != ' ' || buf.length() > 0 && buf.charAt(buf.length() - 1) != ' ')) {
            // what the loop below would copy, in one bulk copy (copying run by run into a buffer holding non-Latin-1 text goes char by char)
            buf.append(s);
            return;
        }
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !isSpace(s.charAt(j))) j++;
            if (j > i) buf.append(s, i, j);
            if (j < n && buf.length() > 0 && buf.charAt(buf.length() - 1) != ' ') buf.append(' ');
            i = j + 1;
        }
    }

    /** No whitespace but single plain spaces. */
    private static boolean singleSpaced(String s) {
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c <= ' ' || c >= 128) && isSpace(c) && (c != ' ' || last == ' ')) return false;
            last = c;
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u202f';
    }

    private void push(String tag, Element e) {
        if (depth == ids.length) {
            ids = Arrays.copyOf(ids, depth * 2);
            tags = Arrays.copyOf(tags, depth * 2);
            contexts = Arrays.copyOf(contexts, depth * 2);
        }
        ids[depth] = nextId++;
        tags[depth] = tag;
        if (e.attributesSize() == 0) {
            // no class or id: only the mark of a semantic tag, as the general case below spells it (after ownNames's " ")
            contexts[depth] = tag.equals("body") || tag.equals("html") ? "" : MARKED_ONLY.getOrDefault(tag, "");
        } else {
            String own = tag.equals("body") || tag.equals("html") ? "" : ownNames(e) + (MARKED.contains(tag) ? " el-" + tag : "");
            contexts[depth] = own.isBlank() ? "" : own.toLowerCase(Locale.ROOT);
        }
        depth++;
        context = null;
    }

    /**
     * The element's class and id names, without the names blog engines give a post for its topics and
     * state ("category-promotion", "tag-sidebar", "post-123"): they describe the story, not the element.
     */
    private static String ownNames(Element e) {
        String cls = e.className();
        if (cls.indexOf('-') >= 0 && hasTopicClass(cls)) cls = TOPIC_CLASS.matcher(cls).replaceAll(" ");
        String names = cls + " " + e.id();
        // an element that names itself the article's body is one, whatever else its names say ("article__body url-breadcrumb")
        boolean mayName = names.contains("article") || names.contains("content") || names.contains("body");
        return mayName && namesArticleBody(names) ? "article-body" : names;
    }

    /**
     * Whether a name (a run without whitespace) holds "article-body", "article__content", "entry-content", "post_body",
     * "story-content", "main-content" or the like and not "comment": letters compared in ASCII case only, as a (?i) pattern does.
     */
    private static boolean namesArticleBody(String names) {
        int n = names.length();
        int i = 0;
        while (i < n) {
            while (i < n && BlockClassifier.isAsciiSpace(names.charAt(i))) i++;
            int start = i;
            while (i < n && !BlockClassifier.isAsciiSpace(names.charAt(i))) i++;
            if (i > start && holdsBodyForm(names, start, i) && !holds(names, start, i, "comment")) return true;
        }
        return false;
    }

    /** "article" with up to two hyphens or underscores, then "body", "content" or "text"; or one of the other forms, in names[from, to). */
    private static boolean holdsBodyForm(String names, int from, int to) {
        for (int j = from; j < to; j++) {
            if (asciiFoldedAt(names, j, to, "article")) {
                int k = j + 7;
                while (k < to && k - j - 7 < 3 && isSeparator(names.charAt(k))) k++;
                if (k - j - 7 <= 2 && (asciiFoldedAt(names, k, to, "body") || asciiFoldedAt(names, k, to, "content") || asciiFoldedAt(names, k, to, "text"))) return true;
            }
            if (separatedAt(names, j, to, "entry", "content") || separatedAt(names, j, to, "post", "body") || separatedAt(names, j, to, "post", "content")
                    || separatedAt(names, j, to, "story", "body") || separatedAt(names, j, to, "story", "content")
                    || separatedAt(names, j, to, "main", "content")) return true;
        }
        return false;
    }

    /** first, a hyphen or underscore, then second, at names[at, to). */
    private static boolean separatedAt(String names, int at, int to, String first, String second) {
        int k = at + first.length();
        return asciiFoldedAt(names, at, to, first) && k < to && isSeparator(names.charAt(k)) && asciiFoldedAt(names, k + 1, to, second);
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_';
    }

    private static boolean holds(String names, int from, int to, String word) {
        for (int j = from; j + word.length() <= to; j++) if (asciiFoldedAt(names, j, to, word)) return true;
        return false;
    }

    /** Whether s[at, to) begins with the lower-case ASCII word, its letters in either ASCII case (as a (?i) pattern compares them). */
    static boolean asciiFoldedAt(String s, int at, int to, String word) {
        if (at + word.length() > to) return false;
        for (int k = 0; k < word.length(); k++) {
            char c = s.charAt(at + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != word.charAt(k)) return false;
        }
        return true;
    }

    private static final Pattern TOPIC_CLASS = Pattern.compile("(?<=^|\\s)(category|tag|post|postid|format|status|type|channel|topic)-\\S+");
    private static final Pattern TOPIC_NAME = Pattern.compile("(category|tag|post|postid|format|status|type|channel|topic)-\\S");

    /**
     * TOPIC_CLASS's test, tried only where a class name starts (a search from every character costs more than the rest of the
     * element) with the first letter of one of its words.
     */
    private static boolean hasTopicClass(String cls) {
        Matcher m = null;
        for (int q = 0; q < cls.length(); q++) {
            if (q > 0 && !Character.isWhitespace(cls.charAt(q - 1)) || !topicInitial(cls.charAt(q))) continue;
            if (m == null) m = TOPIC_NAME.matcher(cls);
            if (m.region(q, cls.length()).lookingAt()) return true;
        }
        return false;
    }

    /** The letters TOPIC_NAME's words begin with. */
    private static boolean topicInitial(char c) {
        return c == 'c' || c == 't' || c == 'p' || c == 'f' || c == 's';
    }

    private void flush() {
        int end = buf.length();
        while (end > 0 && buf.charAt(end - 1) == ' ') end--;
        if (end > 0) {
            String text = buf.substring(0, end);
            if (context == null) {
                if (!sameNames()) {
                    joinedContext = names(CONTEXT_DEPTH);
                    joinedNear = names(3);
                }
                context = joinedContext;
                near = joinedNear;
                path = Arrays.copyOfRange(ids, 1, depth);
            }
            out.add(new Block(text, tags[depth - 1], path, context, near, Math.min(linkChars, text.length())));
        }
        buf.setLength(0);
        linkChars = 0;
    }

    /**
     * Whether the nearest CONTEXT_DEPTH open elements have the names last joined (whose joins then stand: the first call finds
     * none); otherwise their names are noted for the next call.
     */
    private boolean sameNames() {
        int from = Math.max(1, depth - CONTEXT_DEPTH);
        int count = depth - from;
        boolean same = count == joinedCount;
        for (int i = 0; i < count && same; i++) same = contexts[from + i].equals(joined[i]);
        if (!same) {
            System.arraycopy(contexts, from, joined, 0, count);
            joinedCount = count;
        }
        return same;
    }

    /** The names of the nearest {@code levels} open elements, outermost first, each followed by a space. */
    private String names(int levels) {
        // sized first: a builder grown from its default copies the names two or three times
        int length = 0;
        for (int i = Math.max(1, depth - levels); i < depth; i++) if (!contexts[i].isEmpty()) length += contexts[i].length() + 1;
        if (length == 0) return "";
        StringBuilder b = new StringBuilder(length);
        for (int i = Math.max(1, depth - levels); i < depth; i++) {
            if (!contexts[i].isEmpty()) b.append(contexts[i]).append(' ');
        }
        return b.toString();
    }

    /**
     * A box that opens with a picture and holds links, inside a running sentence, is a hover card (a person's photo and
     * their other stories), shown on demand, not read in the sentence.
     */
    private static boolean isCard(Element e) {
        if (e.firstElementChild() == null || e.getElementsByTag("a").size() < 2) return false;
        for (Element d : e.getAllElements()) {
            if (d.normalName().equals("img")) return true;
            if (d.hasText() && d != e && !d.ownText().isBlank()) return false;
        }
        return false;
    }

    /**
     * Instagram and TikTok embeds (the platforms' own class names, the same on every site) wrap a post in the platform's
     * boilerplate ("Lihat postingan ini di Instagram", "A post shared by ..."): not the article's text. An embedded tweet
     * is a statement the story quotes and stays (the English benchmark's gold keeps tweets, never Instagram's lines).
     */
    private static final Pattern EMBED = Pattern.compile("(?:^|\\s)(instagram-media|tiktok-embed)(?:$|\\s)");

    private static boolean isSocialEmbed(String tag, Element e) {
        if (!(tag.equals("blockquote") || tag.equals("div")) || !e.hasAttr("class")) return false;
        String cls = e.attr("class");
        return (cls.contains("instagram-media") || cls.contains("tiktok-embed")) && EMBED.matcher(cls).find();
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
