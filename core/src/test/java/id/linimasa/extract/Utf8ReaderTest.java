package id.linimasa.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8ReaderTest {

    /** Chars of one to four bytes (a byte-order mark, "é", "—", a CJK char, an emoji's surrogate pair) at every buffer boundary. */
    private static final String PAGE = "\uFEFF<p>Kafé “Sentosa” — 中 buka lagi 😀.</p><script>x()</script><p>Harga naik 😀😀.</p><style>a{}</style>";

    @Test
    void givesThePageAsItsDecodedTextReadsAtAnyBufferSize() throws IOException {
        byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
        for (int size = 1; size <= 9; size++) {
            assertThat(read(new Utf8Reader(bytes, null), size)).as("buffer of %d", size).isEqualTo(PAGE);
        }
    }

    @Test
    void leavesOutTheStretchesItIsTold() throws IOException {
        byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
        String ascii = new String(bytes, StandardCharsets.ISO_8859_1);
        int script = ascii.indexOf("x()"), style = ascii.indexOf("a{}");
        int[] cuts = {script, script + 3, style, style + 3, -1, -1};
        String expected = PAGE.replace("x()", "").replace("a{}", "");
        for (int size = 1; size <= 9; size++) {
            assertThat(read(new Utf8Reader(bytes, cuts), size)).as("buffer of %d", size).isEqualTo(expected);
        }
    }

    private static String read(Utf8Reader r, int size) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buf = new char[size + 2];
        // read into the middle of the buffer: the offset is honoured
        for (int n; (n = r.read(buf, 1, size)) >= 0; ) {
            assertThat(n).isPositive();
            out.append(buf, 1, n);
        }
        return out.toString();
    }
}
