package id.linimasa.extract;

import id.linimasa.page.PageDecoder;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Drops what lies inside the page's scripts and style sheets before the HTML parser reads it: nothing is read from
 * them but JSON-LD (kept), and on real pages they are a large part of the bytes. The result parses to the same tree
 * as the page, with those elements empty: the scan follows the parser's reading of markup (comments, CDATA, tags and their
 * quoted attribute values, the text of title, textarea, xmp, iframe, noembed and noframes), and where
 * it could part from it it changes nothing: the whole page where the parser would look to its end (an unclosed element,
 * a comment inside a script, a "&lt;" inside a tag, a NUL), the rest of the page after SVG, MathML, a noscript, a frameset,
 * a select or plaintext, whose reading differs by where they stand.
 */
final class RawTextBodies {

    private RawTextBodies() {
    }

    static String drop(String html) {
        int[] cuts = cuts(html, false);
        if (cuts == null) return html;
        StringBuilder out = new StringBuilder(html.length());
        int copied = 0;
        for (int k = 0; k < cuts.length && cuts[k] >= 0; k += 2) {
            out.append(html, copied, cuts[k]);
            copied = cuts[k + 1];
        }
        return out.append(html, copied, html.length()).toString();
    }

    /**
     * {@code drop(PageDecoder.decode(page))}, as a reader for the parser. A UTF-8 page is scanned as its bytes, each read as one
     * char (a copy, no decoding: every mark the scan looks for is ASCII, which no byte of a longer UTF-8 sequence is), and what is
     * kept is decoded only as the parser reads it: the scripts and style sheets, often most of a page, are never turned into text,
     * and the rest is not held as text whole.
     */
    static Reader drop(byte[] page) {
        // only a page valid to its last byte: the scan reads a lead byte's continuation bytes without looking (a byte-order
        // mark alone makes a page UTF-8 to the decoder, whatever bytes follow)
        if (!PageDecoder.isUtf8(page)) return new StringReader(drop(PageDecoder.decode(page)));
        return new Utf8Reader(page, cuts(new String(page, StandardCharsets.ISO_8859_1), true));
    }

    /**
     * The stretches to drop, as {start, end} pairs (the unused rest -1), or null when none is; {@code utf8}: html is a UTF-8
     * page's bytes, each read as one char.
     */
    private static int[] cuts(String html, boolean utf8) {
        if (html.indexOf('\0') >= 0) return null;
        int n = html.length();
        int[] cuts = null;
        int count = 0;
        int i = html.indexOf('<');
        while (i >= 0 && i + 1 < n) {
            char c = html.charAt(i + 1);
            int next;
            if (c == '!') {
                if (html.startsWith("<!--", i)) next = commentEnd(html, i + 4);
                // jsoup reads CDATA sections in HTML too, up to "]]>"
                else if (html.startsWith("<![CDATA[", i)) next = after(html, html.indexOf("]]>", i + 9), 3);
                else next = after(html, html.indexOf('>', i + 2), 1);
            } else if (c == '?') {
                next = after(html, html.indexOf('>', i + 2), 1);
            } else if (c == '/') {
                if (i + 2 < n && isAsciiLetter(html.charAt(i + 2))) {
                    int nameEnd = nameEnd(html, i + 2);
                    next = tagEnd(html, nameEnd);
                    if (next < 0) return null;
                } else {
                    // "</>" is dropped, "</ ..." is a bogus comment to the next ">"
                    next = after(html, html.indexOf('>', i + 2), 1);
                }
            } else if (isAsciiLetter(c)) {
                int from = i + 1;
                int nameEnd = nameEnd(html, from);
                int end = tagEnd(html, nameEnd);
                if (end < 0) return null;
                next = end;
                // SVG and MathML read a script's text as markup, a noscript in the head reads tags as text, a frameset ignores
                // script tags, a select reads a style tag as markup or as a style sheet by the parser's version (jsoup 1.21 or 1.24),
                // plaintext makes the rest text: the rest stays whole
                if (isName(html, from, nameEnd, "svg") || isName(html, from, nameEnd, "math") || isName(html, from, nameEnd, "noscript")
                        || isName(html, from, nameEnd, "frameset") || isName(html, from, nameEnd, "select")
                        || isName(html, from, nameEnd, "plaintext")) {
                    break;
                } else {
                    boolean script = isName(html, from, nameEnd, "script");
                    String raw = script ? "script" : rawTextName(html, from, nameEnd);
                    if (raw != null) {
                        int close = closingTag(html, end, raw);
                        // an unclosed element runs to the end of the page, a comment in a script changes where it ends, a stranding
                        // end tag keeps it open to the end: the parser then looks far ahead, and what it finds depends on where
                        // its buffer stands, which dropping text before it would move
                        if (close < 0 || !raw.equals("title") && !raw.equals("textarea") && strandsParser(html, end, close, utf8)) return null;
                        // (searched up to the end tag only: a search to the page's end for every script would grow with its square)
                        if (script && html.indexOf("<!--", end, close) >= 0) return null;
                        if ((script && !keeps(html, i, end, utf8) || raw.equals("style")) && close > end) {
                            if (cuts == null) cuts = new int[16];
                            else if (count == cuts.length) cuts = Arrays.copyOf(cuts, count * 2);
                            cuts[count++] = end;
                            cuts[count++] = close;
                        }
                        next = close;
                    }
                }
            } else {
                next = i + 1;
            }
            if (next < 0) return null;
            i = html.indexOf('<', next);
        }
        if (cuts == null) return null;
        if (count < cuts.length) cuts[count] = -1;
        return cuts;
    }

    /**
     * Whether the text of a script or raw-text element holds an end tag the parser (jsoup) never recovers from: "&lt;/",
     * letters, then other than a space, "/" or "&gt;" ("a&lt;/b)"); the element then runs to the end of the page.
     */
    private static boolean strandsParser(String html, int from, int to, boolean utf8) {
        for (int k = html.indexOf("</", from); k >= 0 && k < to; k = html.indexOf("</", k + 2)) {
            if (!isAsciiLetter(html.charAt(k + 2))) continue;
            int e = k + 3;
            for (int letter; e < html.length() && (letter = letterAt(html, e, utf8)) > 0; ) e += letter;
            if (e >= html.length()) return true;
            char c = html.charAt(e);
            if (!(isTagSpace(c) || c == '/' || c == '>')) return true;
        }
        return false;
    }

    /**
     * How many chars the letter at i takes (a char of the text, as {@link Character#isLetter(char)} reads it), or 0 when
     * no letter stands there; {@code utf8}: html is UTF-8 bytes, and a letter is the two or three of a BMP letter's encoding.
     */
    private static int letterAt(String html, int i, boolean utf8) {
        char c = html.charAt(i);
        if (!utf8 || c < 0x80) return Character.isLetter(c) ? 1 : 0;
        // the page is valid UTF-8 (drop(byte[]) checked): a lead byte is followed by its continuation bytes
        if (c < 0xe0) return Character.isLetter((c & 0x1f) << 6 | html.charAt(i + 1) & 0x3f) ? 2 : 0;
        // four bytes encode a letter beyond the BMP, which the text holds as two surrogates, neither a letter
        if (c < 0xf0) return Character.isLetter((char) ((c & 0x0f) << 12 | (html.charAt(i + 1) & 0x3f) << 6 | html.charAt(i + 2) & 0x3f)) ? 3 : 0;
        return 0;
    }

    /** A script that may be JSON-LD keeps its text (its type may be written with character references, hence "&"). */
    private static boolean keeps(String html, int from, int to, boolean utf8) {
        for (int k = from; k < to; k++) {
            char c = html.charAt(k);
            if (c == '&' || (c == 'j' || c == 'J') && (html.regionMatches(true, k, "json", 0, 4) || utf8 && jsonLongS(html, k))) return true;
        }
        return false;
    }

    /**
     * "json" written with a long s ("ſ", U+017F, two bytes in UTF-8), which a case-insensitive comparison of the text takes for
     * an "s" (its upper case is "S"); no other char than the ASCII letters compares equal to "j", "o" or "n".
     */
    private static boolean jsonLongS(String html, int k) {
        return html.startsWith("\u00c5\u00bf", k + 1) && html.regionMatches(true, k + 3, "on", 0, 2);
    }

    /** The elements other than script whose text is read without markup, up to their end tag. */
    private static String rawTextName(String html, int from, int to) {
        for (String name : RAW_TEXT) if (isName(html, from, to, name)) return name;
        return null;
    }

    private static final String[] RAW_TEXT = {"style", "title", "textarea", "xmp", "iframe", "noembed", "noframes"};

    /** After the first end tag of {@code name} from {@code from} ("&lt;/name" then a space, "/" or "&gt;"): where it starts, or -1. */
    private static int closingTag(String html, int from, String name) {
        int n = html.length();
        for (int k = html.indexOf("</", from); k >= 0; k = html.indexOf("</", k + 2)) {
            int e = k + 2 + name.length();
            if (e < n && isName(html, k + 2, e, name)) {
                char c = html.charAt(e);
                if (c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ' || c == '/' || c == '>') return k;
            }
        }
        return -1;
    }

    /** Whether html[from, to) is the tag name (lower-case ASCII), its letters in either case. */
    private static boolean isName(String html, int from, int to, String name) {
        if (to - from != name.length()) return false;
        for (int k = 0; k < name.length(); k++) {
            char c = html.charAt(from + k);
            if (c != name.charAt(k) && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == name.charAt(k))) return false;
        }
        return true;
    }

    /** Where a tag name that starts at {@code from} ends: at a space, "/" or "&gt;" (or the page's end). */
    private static int nameEnd(String html, int from) {
        int k = from;
        while (k < html.length() && !isTagSpace(html.charAt(k)) && html.charAt(k) != '/' && html.charAt(k) != '>') k++;
        return k;
    }

    /**
     * After the "&gt;" that closes a tag whose name ends at {@code from}, reading its attributes as the parser does (a quoted
     * value may hold "&gt;"); -1 at the page's end, or at a "&lt;" outside a quoted value, which the parser reads its own way.
     */
    private static int tagEnd(String html, int from) {
        int n = html.length();
        int k = from;
        while (k < n) {
            char c = html.charAt(k);
            if (c == '>') return k + 1;
            if (c == '<') return -1;
            if (isTagSpace(c) || c == '/') {
                k++;
                continue;
            }
            // an attribute's name: its first character may be "=", and quotes in it are part of it
            k++;
            while (k < n && !isTagSpace(html.charAt(k)) && html.charAt(k) != '/' && html.charAt(k) != '>' && html.charAt(k) != '=') {
                if (html.charAt(k) == '<') return -1;
                k++;
            }
            while (k < n && isTagSpace(html.charAt(k))) k++;
            if (k >= n || html.charAt(k) != '=') continue;
            k++;
            while (k < n && isTagSpace(html.charAt(k))) k++;
            if (k >= n) return -1;
            char q = html.charAt(k);
            if (q == '"' || q == '\'') {
                int close = html.indexOf(q, k + 1);
                if (close < 0) return -1;
                k = close + 1;
            } else {
                while (k < n && !isTagSpace(html.charAt(k)) && html.charAt(k) != '>') {
                    if (html.charAt(k) == '<') return -1;
                    k++;
                }
            }
        }
        return -1;
    }

    /** Where a comment that opens before {@code from} ends: "&lt;!--&gt;", "&lt;!---&gt;", then "--&gt;" or "--!&gt;". */
    private static int commentEnd(String html, int from) {
        if (html.startsWith(">", from)) return from + 1;
        if (html.startsWith("->", from)) return from + 2;
        int a = html.indexOf("-->", from);
        int b = html.indexOf("--!>", from, a < 0 ? html.length() : a);
        if (b >= 0) return b + 4;
        return a < 0 ? -1 : a + 3;
    }

    private static int after(String html, int found, int length) {
        return found < 0 ? -1 : found + length;
    }

    private static boolean isTagSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
