package id.linimasa.extract;

import java.io.Reader;

/**
 * The chars of a valid UTF-8 page, decoded as the parser asks for them, less the stretches of bytes it is told to leave
 * out: the page's text is never made whole (a String of it, or of what is kept, is one more copy of the page, two bytes
 * a char once a char lies beyond Latin-1). What it gives is what {@code new String(page, UTF_8)} holds, a byte-order mark
 * included, with the stretches cut; a stretch starts and ends at an ASCII byte, never inside a char.
 */
final class Utf8Reader extends Reader {

    private final byte[] page;
    /** {start, end} pairs of the stretches left out, in order, the unused rest -1; or null. */
    private final int[] cuts;
    private int pos;
    /** The next pair of cuts. */
    private int cut;
    /** Where the stretch being read ends: the next cut's start, or the page's end. */
    private int stop;
    /** The low surrogate of a char beyond the BMP whose high one filled the last read; 0 when none waits. */
    private char low;

    /** {@code cuts}: as above; the page must be valid UTF-8 to its last byte. */
    Utf8Reader(byte[] page, int[] cuts) {
        this.page = page;
        this.cuts = cuts;
        this.stop = stopFrom(0);
    }

    private int stopFrom(int k) {
        return cuts != null && k < cuts.length && cuts[k] >= 0 ? cuts[k] : page.length;
    }

    @Override
    public int read(char[] buf, int off, int len) {
        if (len == 0) return 0;
        int n = off;
        int end = off + len;
        if (low != 0) {
            buf[n++] = low;
            low = 0;
        }
        byte[] b = page;
        while (n < end) {
            if (pos == stop) {
                if (stop == page.length) break;
                pos = cuts[cut + 1];
                cut += 2;
                stop = stopFrom(cut);
                continue;
            }
            // ASCII, most of a page's markup, one char a byte
            int limit = Math.min(stop, pos + end - n);
            while (pos < limit && b[pos] >= 0) buf[n++] = (char) b[pos++];
            if (pos == limit) continue;
            int c = b[pos] & 0xff;
            if (c < 0xe0) {
                buf[n++] = (char) ((c & 0x1f) << 6 | b[pos + 1] & 0x3f);
                pos += 2;
            } else if (c < 0xf0) {
                buf[n++] = (char) ((c & 0x0f) << 12 | (b[pos + 1] & 0x3f) << 6 | b[pos + 2] & 0x3f);
                pos += 3;
            } else {
                int cp = (c & 0x07) << 18 | (b[pos + 1] & 0x3f) << 12 | (b[pos + 2] & 0x3f) << 6 | b[pos + 3] & 0x3f;
                pos += 4;
                buf[n++] = Character.highSurrogate(cp);
                if (n < end) buf[n++] = Character.lowSurrogate(cp);
                else low = Character.lowSurrogate(cp);
            }
        }
        return n == off ? -1 : n - off;
    }

    @Override
    public void close() {
    }
}
