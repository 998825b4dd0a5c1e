package id.linimasa.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class RawTextBodiesTest {

    /** The page's tree with the text of its scripts and styles removed (JSON-LD kept): what the dropped page must parse to. */
    private static String treeWithoutScriptText(String html) {
        Document doc = Jsoup.parse(html);
        for (Element e : doc.select("script, style")) {
            if (!e.attr("type").equalsIgnoreCase("application/ld+json")) e.empty();
        }
        doc.outputSettings().prettyPrint(false);
        return doc.outerHtml();
    }

    /** The page, as UTF-8 bytes, less its scripts' and styles' text. */
    private static String dropped(String page) {
        return text(RawTextBodies.drop(page.getBytes(StandardCharsets.UTF_8)));
    }

    /** All a reader gives. */
    static String text(Reader r) {
        try {
            StringBuilder out = new StringBuilder();
            char[] buf = new char[7];
            for (int n; (n = r.read(buf, 0, buf.length)) >= 0; ) out.append(buf, 0, n);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tree(String html) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        return doc.outerHtml();
    }

    @Test
    void aPageWithACdataMarkIsLeftWhole() {
        String page = "<p>Rapat dimulai pukul 09.00.</p><![CDATA[><textarea>\n]]><script>var x = 1;</SCRIPT></textarea><script>var y = 2;</script>";
        assertThat(dropped(page)).isEqualTo(page);
        assertThat(tree(dropped(page))).isEqualTo(tree(page));
    }

    @Test
    void dropsScriptAndStyleTextButKeepsJsonLd() {
        String page = "<html><head><script>var a = 1 < 2;</script><style>p { color: red }</style>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Banjir surut\"}</script></head>"
                + "<body><p>Banjir di Kampung Melayu mulai surut pada Selasa pagi.</p></body></html>";
        assertThat(dropped(page)).isEqualTo("<html><head><script></script><style></style>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Banjir surut\"}</script></head>"
                + "<body><p>Banjir di Kampung Melayu mulai surut pada Selasa pagi.</p></body></html>");
    }

    @Test
    void hugeInlineScriptsAreDroppedAndTheTreeStaysTheSame() {
        StringBuilder js = new StringBuilder();
        for (int i = 0; i < 5000; i++) js.append("if (a < ").append(i).append(") { b = '<div class=\"x\">' + a + '</div>'; }\n");
        String page = "<html><head><title>Harga cabai <script>naik</script></title></head><body>"
                + "<!-- <script>lama</script> --><a title=\"<script>\" href='/a>b'>Tautan</a>"
                + "<script>" + js + "</script><textarea><script>x</script></textarea>"
                + "<p>Harga cabai rawit di Pasar Induk naik dua kali lipat.</p><SCRIPT type=text/javascript>y()</SCRIPT >"
                + "<style media=\"screen\">.a > .b { margin: 0 }</style ><p>Pedagang menyebut pasokan dari Jawa Tengah berkurang.</p></body></html>";
        String dropped = dropped(page);
        assertThat(dropped.length()).isLessThan(page.length() - js.length() + 100);
        assertThat(tree(dropped)).isEqualTo(treeWithoutScriptText(page));
        // the title's and textarea's text, comments and attribute values are not scripts
        assertThat(dropped).contains("<title>Harga cabai <script>naik</script></title>", "<!-- <script>lama</script> -->",
                "title=\"<script>\"", "<textarea><script>x</script></textarea>");
    }

    @Test
    void brokenPagesWhoseReadingRunsToTheEndAreLeftWhole() {
        // an unclosed script, a comment inside a script, an end tag the parser never recovers from, a "<" inside a tag
        for (String page : new String[]{
                "<script>var a = 1;</script><p>Teks pertama.</p><script>var b = 2;",
                "<script>var a = 1;</script><script>var s = '<!-- <script>';</script><p>Teks.</p></script>",
                "<script>var a = 1;</script><script>if (a</b) x();</script><p>Teks.</p>",
                "<script>var a = 1;</script><div class=\"x\"<script>y</script><p>Teks.</p>",
                "<script>var a = 1;</script><!-- tidak ditutup <p>Teks.</p>"}) {
            assertThat(dropped(page)).as(page).isEqualTo(page);
        }
    }

    @Test
    void svgMathAndNoscriptLeaveTheRestWhole() {
        String page = "<script>a()</script><svg><script>if (a<b) c()</script></svg><script>d()</script>";
        assertThat(dropped(page)).isEqualTo("<script></script><svg><script>if (a<b) c()</script></svg><script>d()</script>");
        String head = "<head><style>p{}</style><noscript><img src=x><script>q</script></noscript></head><body><p>Teks.</p>";
        String dropped = dropped(head);
        assertThat(dropped).isEqualTo("<head><style></style><noscript><img src=x><script>q</script></noscript></head><body><p>Teks.</p>");
        assertThat(tree(dropped)).isEqualTo(tree(head).replace("<style>p{}</style>", "<style></style>"));
    }

    @Test
    void aSelectLeavesTheRestWhole() {
        // inside a select a style tag has been read two ways (jsoup 1.21 ignored it and read what follows as markup, 1.24
        // reads it as a style sheet): emptying up to the next "</style>" could drop a paragraph, so nothing from the select on is touched
        String head = "<style>b{}</style>";
        String page = head + "<form><select name=k><style></select><p>Harga cabai turun di pasar induk.</p><style>p{}</style>";
        String dropped = dropped(page);
        assertThat(dropped).isEqualTo("<style></style>" + page.substring(head.length()));
        assertThat(tree(dropped)).isEqualTo(tree(page).replace(head, "<style></style>"));
        String options = "<style>b{}</style><select><option>Semua</option><style>.x{}</style></select>";
        assertThat(dropped(options)).isEqualTo("<style></style><select><option>Semua</option><style>.x{}</style></select>");
    }

    @Test
    void aPageWithoutScriptsIsReturnedAsItIs() {
        String page = "<html><body><p>Tidak ada skrip di halaman ini.</p></body></html>";
        assertThat(dropped(page)).isEqualTo(page);
    }

    @Test
    void lettersBeyondAsciiAndOtherCharsetsAreReadAsTheirText() {
        // letters beyond ASCII in an end tag inside a script (one strands the parser, one does not, one opens no end tag), "json" with a long s
        // (a case-insensitive comparison reads it as "json"), a byte-order mark
        String[][] pages = {
                {"<p>Rapat ditunda.</p><script>var a = '</abé>';</script><script>b()</script><p>Menteri hadir.</p>",
                        "<p>Rapat ditunda.</p><script></script><script></script><p>Menteri hadir.</p>"},
                {"<p>Rapat ditunda.</p><script>var a = '</aéx)';</script><p>Menteri hadir.</p>", null},
                {"<p>Rapat ditunda.</p><script>var a = '</éx)';</script><p>Menteri hadir.</p>", "<p>Rapat ditunda.</p><script></script><p>Menteri hadir.</p>"},
                {"<p>Rapat ditunda.</p><script>var a = '</ab中>';</script><script>b()</script><p>Menteri hadir.</p>",
                        "<p>Rapat ditunda.</p><script></script><script></script><p>Menteri hadir.</p>"},
                {"<script type=\"application/ld+jſon\">{\"a\": 1}</script><script type=\"text/x-ſon\">c()</script><p>Teks.</p>",
                        "<script type=\"application/ld+jſon\">{\"a\": 1}</script><script type=\"text/x-ſon\"></script><p>Teks.</p>"},
                {"\uFEFF<html><script>d()</script><p>Sidang dilanjutkan pekan depan.</p></html>",
                        "\uFEFF<html><script></script><p>Sidang dilanjutkan pekan depan.</p></html>"}};
        for (String[] p : pages) {
            String expected = p[1] == null ? p[0] : p[1];
            assertThat(dropped(p[0])).as(p[0]).isEqualTo(expected);
            // the same page in UTF-16 (its byte-order mark says so) is decoded, and its text read alike
            byte[] utf16 = (p[0].startsWith("\uFEFF") ? p[0] : "\uFEFF" + p[0]).getBytes(StandardCharsets.UTF_16BE);
            assertThat(text(RawTextBodies.drop(utf16))).as(p[0]).isEqualTo(p[0].startsWith("\uFEFF") ? expected : "\uFEFF" + expected);
        }
        byte[] latin = "<meta charset=\"iso-8859-1\"><script>e()</script><p>Café ramai.</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(text(RawTextBodies.drop(latin))).isEqualTo("<meta charset=\"iso-8859-1\"><script></script><p>Café ramai.</p>");
        // a byte-order mark with bytes after it that are no UTF-8: decoded (the bad byte replaced), not scanned as bytes, where the
        // stray lead byte would swallow the ">" after it; the replacement char, no letter, ends the end tag and strands the parser
        byte[] bomBad = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '<', 's', 'c', 'r', 'i', 'p', 't', '>', '\'', '<', '/', 'a', 'b', (byte) 0xc3,
                '>', '\'', ';', '<', '/', 's', 'c', 'r', 'i', 'p', 't', '>', '<', 'p', '>', 'I', 's', 'i', '<', '/', 'p', '>'};
        assertThat(text(RawTextBodies.drop(bomBad))).isEqualTo("\uFEFF<script>'</ab\uFFFD>';</script><p>Isi</p>");
    }
}
