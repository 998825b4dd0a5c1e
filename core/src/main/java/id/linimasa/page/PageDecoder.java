package id.linimasa.page;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's bytes into text. Order of trust: a byte-order mark, then bytes that are valid UTF-8
 * (pages often declare a charset they do not use), then a declared charset (HTTP-equiv or meta), then
 * Windows-1252, which decodes every byte and is what mislabelled Western pages nearly always are.
 */
public final class PageDecoder {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern DECLARED = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");

    private PageDecoder() {
    }

    public static String decode(byte[] bytes) {
        // most pages are UTF-8 (a byte-order mark too): decoded at once, they were when the decoder replaced no byte, since it
        // rejects what isUtf8 rejects (UTF-16's marks among them); only a page with a replacement char is checked apart
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        return utf8.indexOf('\uFFFD') < 0 ? utf8 : new String(bytes, charset(bytes));
    }

    /** The charset the bytes are in, by the order of trust above. */
    public static Charset charset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) return StandardCharsets.UTF_16LE;
        if (isUtf8(b, completeLength(b))) return StandardCharsets.UTF_8;
        Charset declared = declared(b);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) return declared;
        return WINDOWS_1252;
    }

    private static Charset declared(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) return null;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // browsers read latin-1 and ascii labels as windows-1252, a superset
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) return WINDOWS_1252;
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Strict UTF-8 check without decoding: rejects stray continuation bytes, overlongs, surrogates and a cut last character. */
    public static boolean isUtf8(byte[] b) {
        return isUtf8(b, b.length);
    }

    /**
     * The length without a character cut off at the end: a download that stopped inside the last character of a
     * UTF-8 page is still that page, not Windows-1252 from its first byte on.
     */
    private static int completeLength(byte[] b) {
        for (int k = 1; k <= 3 && k <= b.length; k++) {
            int c = b[b.length - k] & 0xff;
            if ((c & 0xc0) == 0x80) continue; // a continuation byte: look further back for its lead
            int needs = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
            return needs > k ? b.length - k : b.length;
        }
        return b.length;
    }

    private static boolean isUtf8(byte[] b, int length) {
        int i = 0;
        while (i < length) {
            // pages are mostly ASCII (markup, scripts): eight bytes at a time while none has its high bit set
            while (i + Long.BYTES <= length && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) i += Long.BYTES;
            if (i == length) break;
            int c = b[i] & 0xff;
            if (c < 0x80) { i++; continue; }
            int n;
            int min;
            if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80; }
            else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800; }
            else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000; }
            else return false;
            if (i + n >= length) return false;
            int cp = c & (0x3f >> n);
            for (int k = 1; k <= n; k++) {
                int d = b[i + k] & 0xff;
                if ((d & 0xc0) != 0x80) return false;
                cp = cp << 6 | d & 0x3f;
            }
            if (cp < min || cp > 0x10ffff || cp >= 0xd800 && cp <= 0xdfff) return false;
            i += n + 1;
        }
        return true;
    }
}
