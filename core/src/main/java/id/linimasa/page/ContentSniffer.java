package id.linimasa.page;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells from the bytes themselves (not the file name) whether a page is HTML, plain text or not text at
 * all. Looks only at the first few kilobytes, so it costs the same on a 5 MB page as on a small one.
 */
public final class ContentSniffer {

    private static final int WINDOW = 8192;

    private ContentSniffer() {
    }

    /** True for images, archives, PDFs and other files that are not text in any charset. */
    public static boolean isBinary(byte[] bytes) {
        if (startsWith(bytes, "%PDF") || startsWith(bytes, "PK\u0003\u0004") || startsWith(bytes, "\u0089PNG")
                || startsWith(bytes, "GIF8") || (bytes.length > 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8)) {
            return true;
        }
        if (hasUtf16Bom(bytes)) return false;
        int n = Math.min(bytes.length, WINDOW);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return true;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) control++;
        }
        return n > 0 && control * 20 > n;
    }

    /** HTML when the start of the page looks like markup; the extension only breaks a tie. */
    public static Page.Kind kind(byte[] bytes, String fileName) {
        int n = Math.min(bytes.length, WINDOW);
        // UTF-16 (its byte-order mark tells which) puts a zero byte beside every ASCII one: read as bytes, "<html" never shows
        String head = (hasUtf16Bom(bytes) ? new String(bytes, 0, n & ~1, PageDecoder.charset(bytes))
                : new String(bytes, 0, n, StandardCharsets.ISO_8859_1)).toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < head.length() && (Character.isWhitespace(head.charAt(i)) || head.charAt(i) == '\ufeff' || head.charAt(i) > 0x7f)) i++;
        String start = head.substring(i);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml") && head.contains("<html")
                || start.startsWith("<!--") && head.contains("<html")) {
            return Page.Kind.HTML;
        }
        int tags = count(head, "<p") + count(head, "<div") + count(head, "<body") + count(head, "<head") + count(head, "<meta")
                + count(head, "<br") + count(head, "<a ") + count(head, "<span");
        if (tags >= 3) return Page.Kind.HTML;
        String name = fileName.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (tags >= 1 && (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml"))) return Page.Kind.HTML;
        return Page.Kind.TEXT;
    }

    static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff || (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe);
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) if ((bytes[i] & 0xff) != magic.charAt(i)) return false;
        return true;
    }

    private static int count(String s, String needle) {
        int c = 0;
        for (int i = s.indexOf(needle); i >= 0 && c < 10; i = s.indexOf(needle, i + 1)) c++;
        return c;
    }
}
