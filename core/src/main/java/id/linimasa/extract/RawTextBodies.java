package id.linimasa.extract;

import id.linimasa.page.PageDecoder;

import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Drops what lies inside the page's scripts and style sheets before the HTML parser reads it: nothing is read from
 * them but JSON-LD (kept), and on real pages they are a large part of the bytes. The result parses to the same tree
 * as the page, with those elements empty: the scan follows the parser's reading of markup (comments, tags and their
 * quoted attribute values, the text of title, textarea, xmp, iframe, noembed and noframes), and where
 * it could part from it it changes nothing: the whole page where the parser would look to its end (an unclosed element,
 * a CDATA section, a comment inside a script, a "&lt;" inside a tag, a NUL), the rest of the page after SVG, MathML, a noscript, a frameset,
 * a select or plaintext, whose reading differs by where they stand.
 */
final class RawTextBodies {

    private RawTextBodies() {
    }

    /**
     * The page's text with its scripts' and style sheets' text left out, as a reader for the parser. The page is scanned as its
     * UTF-8 bytes (every mark the scan looks for is ASCII, which no byte of a longer UTF-8 sequence is), and what is kept is
     * decoded only as the parser reads it: the scripts and style sheets, often most of a page, are never turned into text, and the
     * rest is never held as text whole. A page in another charset is decoded ({@link PageDecoder}) and its text scanned as UTF-8.
     */
    static Reader drop(byte[] page) {
        // only a page valid to its last byte is scanned as it is: the scan reads a lead byte's continuation bytes without looking (a
        // byte-order mark alone makes a page UTF-8 to the decoder, whatever bytes follow)
        byte[] utf8 = PageDecoder.isUtf8(page) ? page : PageDecoder.decode(page).getBytes(StandardCharsets.UTF_8);
        return new Utf8Reader(utf8, cuts(utf8));
    }

    /** The stretches of a UTF-8 page's bytes to drop, as {start, end} pairs (the unused rest -1), or null when none is. */
    private static int[] cuts(byte[] html) {
        if (indexOf(html, '\0', 0) >= 0) return null;
        int n = html.length;
        int[] cuts = null;
        int count = 0;
        int i = indexOf(html, '<', 0);
        while (i >= 0 && i + 1 < n) {
            byte c = html[i + 1];
            int next;
            if (c == '!') {
                if (startsWith(html, "<!--", i)) next = commentEnd(html, i + 4);
                // the parser reads "<![CDATA[" by where it stands (a section in SVG or MathML, a bogus comment to the next
                // ">" in HTML, which "<![CDATA[><textarea" shows): the page is left whole
                else if (startsWith(html, "<![CDATA[", i)) return null;
                else next = after(indexOf(html, '>', i + 2), 1);
            } else if (c == '?') {
                next = after(indexOf(html, '>', i + 2), 1);
            } else if (c == '/') {
                if (i + 2 < n && isAsciiLetter(html[i + 2])) {
                    int nameEnd = nameEnd(html, i + 2);
                    next = tagEnd(html, nameEnd);
                    if (next < 0) return null;
                } else {
                    // "</>" is dropped, "</ ..." is a bogus comment to the next ">"
                    next = after(indexOf(html, '>', i + 2), 1);
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
                        if (close < 0 || !raw.equals("title") && !raw.equals("textarea") && strandsParser(html, end, close)) return null;
                        // (searched up to the end tag only: a search to the page's end for every script would grow with its square)
                        if (script && indexOf(html, "<!--", end, close) >= 0) return null;
                        if ((script && !keeps(html, i, end) || raw.equals("style")) && close > end) {
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
            i = indexOf(html, '<', next);
        }
        if (cuts == null) return null;
        if (count < cuts.length) cuts[count] = -1;
        return cuts;
    }

    /**
     * Whether the text of a script or raw-text element holds an end tag the parser (jsoup) never recovers from: "&lt;/",
     * letters, then other than a space, "/" or "&gt;" ("a&lt;/b)"); the element then runs to the end of the page.
     */
    private static boolean strandsParser(byte[] html, int from, int to) {
        for (int k = indexOf(html, "</", from, html.length); k >= 0 && k < to; k = indexOf(html, "</", k + 2, html.length)) {
            if (!isAsciiLetter(html[k + 2])) continue;
            int e = k + 3;
            for (int letter; e < html.length && (letter = letterAt(html, e)) > 0; ) e += letter;
            if (e >= html.length) return true;
            byte c = html[e];
            if (!(isTagSpace(c) || c == '/' || c == '>')) return true;
        }
        return false;
    }

    /**
     * How many bytes the letter at i takes (a char of the text, as {@link Character#isLetter(char)} reads it), or 0 when no letter
     * stands there: one for an ASCII letter, two or three for a BMP letter's encoding.
     */
    private static int letterAt(byte[] html, int i) {
        int c = html[i] & 0xff;
        if (c < 0x80) return Character.isLetter(c) ? 1 : 0;
        // the page is valid UTF-8: a lead byte is followed by its continuation bytes
        if (c < 0xe0) return Character.isLetter((c & 0x1f) << 6 | html[i + 1] & 0x3f) ? 2 : 0;
        // four bytes encode a letter beyond the BMP, which the text holds as two surrogates, neither a letter
        if (c < 0xf0) return Character.isLetter((char) ((c & 0x0f) << 12 | (html[i + 1] & 0x3f) << 6 | html[i + 2] & 0x3f)) ? 3 : 0;
        return 0;
    }

    /** A script that may be JSON-LD keeps its text (its type may be written with character references, hence "&amp;"). */
    private static boolean keeps(byte[] html, int from, int to) {
        for (int k = from; k < to; k++) {
            byte c = html[k];
            if (c == '&' || (c == 'j' || c == 'J') && (asciiFoldedAt(html, k + 1, "son") || jsonLongS(html, k))) return true;
        }
        return false;
    }

    /**
     * "json" written with a long s ("ſ", U+017F, C5 BF in UTF-8), which a case-insensitive comparison of the text takes for an
     * "s" (its upper case is "S"); no other char than the ASCII letters compares equal to "j", "o" or "n".
     */
    private static boolean jsonLongS(byte[] html, int k) {
        return k + 2 < html.length && html[k + 1] == (byte) 0xc5 && html[k + 2] == (byte) 0xbf && asciiFoldedAt(html, k + 3, "on");
    }

    /** The elements other than script whose text is read without markup, up to their end tag. */
    private static String rawTextName(byte[] html, int from, int to) {
        for (String name : RAW_TEXT) if (isName(html, from, to, name)) return name;
        return null;
    }

    private static final String[] RAW_TEXT = {"style", "title", "textarea", "xmp", "iframe", "noembed", "noframes"};

    /** After the first end tag of {@code name} from {@code from} ("&lt;/name" then a space, "/" or "&gt;"): where it starts, or -1. */
    private static int closingTag(byte[] html, int from, String name) {
        int n = html.length;
        for (int k = indexOf(html, "</", from, n); k >= 0; k = indexOf(html, "</", k + 2, n)) {
            int e = k + 2 + name.length();
            if (e < n && isName(html, k + 2, e, name)) {
                byte c = html[e];
                if (c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ' || c == '/' || c == '>') return k;
            }
        }
        return -1;
    }

    /** Whether html[from, to) is the tag name (lower-case ASCII), its letters in either case. */
    private static boolean isName(byte[] html, int from, int to, String name) {
        return to - from == name.length() && asciiFoldedAt(html, from, name);
    }

    /** Whether html holds the lower-case ASCII word at {@code at}, its letters in either ASCII case. */
    private static boolean asciiFoldedAt(byte[] html, int at, String word) {
        if (at + word.length() > html.length) return false;
        for (int k = 0; k < word.length(); k++) {
            byte c = html[at + k];
            if (c != word.charAt(k) && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == word.charAt(k))) return false;
        }
        return true;
    }

    /** Where a tag name that starts at {@code from} ends: at a space, "/" or "&gt;" (or the page's end). */
    private static int nameEnd(byte[] html, int from) {
        int k = from;
        while (k < html.length && !isTagSpace(html[k]) && html[k] != '/' && html[k] != '>') k++;
        return k;
    }

    /**
     * After the "&gt;" that closes a tag whose name ends at {@code from}, reading its attributes as the parser does (a quoted
     * value may hold "&gt;"); -1 at the page's end, or at a "&lt;" outside a quoted value, which the parser reads its own way.
     */
    private static int tagEnd(byte[] html, int from) {
        int n = html.length;
        int k = from;
        while (k < n) {
            byte c = html[k];
            if (c == '>') return k + 1;
            if (c == '<') return -1;
            if (isTagSpace(c) || c == '/') {
                k++;
                continue;
            }
            // an attribute's name: its first character may be "=", and quotes in it are part of it
            k++;
            while (k < n && !isTagSpace(html[k]) && html[k] != '/' && html[k] != '>' && html[k] != '=') {
                if (html[k] == '<') return -1;
                k++;
            }
            while (k < n && isTagSpace(html[k])) k++;
            if (k >= n || html[k] != '=') continue;
            k++;
            while (k < n && isTagSpace(html[k])) k++;
            if (k >= n) return -1;
            byte q = html[k];
            if (q == '"' || q == '\'') {
                int close = indexOf(html, (char) q, k + 1);
                if (close < 0) return -1;
                k = close + 1;
            } else {
                while (k < n && !isTagSpace(html[k]) && html[k] != '>') {
                    if (html[k] == '<') return -1;
                    k++;
                }
            }
        }
        return -1;
    }

    /** Where a comment that opens before {@code from} ends: "&lt;!--&gt;", "&lt;!---&gt;", then "--&gt;" or "--!&gt;". */
    private static int commentEnd(byte[] html, int from) {
        if (startsWith(html, ">", from)) return from + 1;
        if (startsWith(html, "->", from)) return from + 2;
        int a = indexOf(html, "-->", from, html.length);
        int b = indexOf(html, "--!>", from, a < 0 ? html.length : a);
        if (b >= 0) return b + 4;
        return a < 0 ? -1 : a + 3;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;

    /**
     * The first {@code c} (ASCII) at or after {@code from}, or -1. Eight bytes at a time (a byte loop is several times slower than
     * String's indexOf on long runs without the mark, such as a script's text): the lowest byte equal to c is the lowest that
     * the bit trick finds (a borrow can mark a byte only above an equal one).
     */
    private static int indexOf(byte[] html, char c, int from) {
        int k = Math.max(from, 0);
        long pattern = ONES * c;
        for (; k + Long.BYTES <= html.length; k += Long.BYTES) {
            long x = (long) LONGS.get(html, k) ^ pattern;
            long equal = (x - ONES) & ~x & 0x8080808080808080L;
            if (equal != 0) return k + (Long.numberOfTrailingZeros(equal) >>> 3);
        }
        for (; k < html.length; k++) if (html[k] == c) return k;
        return -1;
    }

    /** The first {@code s} (ASCII) that starts at or after {@code from} and ends by {@code to}, or -1 (as String's indexOf). */
    private static int indexOf(byte[] html, String s, int from, int to) {
        char first = s.charAt(0);
        for (int k = indexOf(html, first, from); k >= 0 && k + s.length() <= to; k = indexOf(html, first, k + 1)) {
            if (startsWith(html, s, k)) return k;
        }
        return -1;
    }

    private static boolean startsWith(byte[] html, String s, int at) {
        if (at + s.length() > html.length) return false;
        for (int k = 0; k < s.length(); k++) if (html[at + k] != s.charAt(k)) return false;
        return true;
    }

    private static int after(int found, int length) {
        return found < 0 ? -1 : found + length;
    }

    private static boolean isTagSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
