package id.linimasa.page;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Bad input: each file gets a one-line reason naming it, and the rest is still read. */
class PageReaderTest {

    @TempDir
    Path dir;

    private final List<Page> pages = new ArrayList<>();
    private final List<PageFailure> failures = new ArrayList<>();

    private void read(String... paths) {
        new PageReader().read(List.of(paths), PageSink.of(pages::add, failures::add));
    }

    private static final String ARTICLE = "<html><body><p>Berita tentang kota yang sedang membangun jembatan baru.</p></body></html>";

    @Test
    void badFilesFailWithTheirNameAndReasonWhileGoodOnesAreRead() throws IOException {
        Path good = Files.writeString(dir.resolve("good.html"), ARTICLE);
        Path empty = Files.createFile(dir.resolve("empty.html"));
        Path binary = Files.write(dir.resolve("image.html"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, 3});
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L << 20);
        }
        Path missing = dir.resolve("missing.html");
        read(empty.toString(), binary.toString(), huge.toString(), missing.toString(), good.toString());

        assertThat(pages).extracting(Page::source).containsExactly(good.toString());
        assertThat(failures).hasSize(4);
        assertThat(failures.get(0).reason()).isEqualTo(empty + ": empty file");
        assertThat(failures.get(1).reason()).startsWith(binary + ": binary file");
        assertThat(failures.get(2).reason()).startsWith(huge + ": file too large (50.0 MB");
        assertThat(failures.get(3).reason()).isEqualTo(missing + ": no such file or folder");
        assertThat(failures).allSatisfy(f -> assertThat(f.reason()).doesNotContain("\n"));
    }

    @Test
    void fiveMegabytePageIsRead() throws IOException {
        StringBuilder b = new StringBuilder("<html><body>");
        while (b.length() < 5 << 20) b.append("<p>Paragraf panjang tentang pembangunan jalan desa yang baru saja selesai.</p>\n");
        Path big = Files.writeString(dir.resolve("big.html"), b.append("</body></html>"));
        read(big.toString());
        assertThat(failures).isEmpty();
        assertThat(pages).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(Page.Kind.HTML));
    }

    @Test
    void foldersAreReadRecursivelyWithGzipAndKindSniffedFromContent() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(sub.resolve("dump.txt"), "Judul Berita\nIsi berita yang ditulis sebagai teks biasa.");
        Files.writeString(dir.resolve("a/saved.txt"), ARTICLE);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("page.html.gz")))) {
            out.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("notes.md"), "not a page");
        read(dir.toString());
        assertThat(failures).isEmpty();
        assertThat(pages).extracting(p -> dir.relativize(Path.of(p.source())).toString(), Page::kind).containsExactly(
                Tuple.tuple("a/b/dump.txt", Page.Kind.TEXT),
                Tuple.tuple("a/saved.txt", Page.Kind.HTML),
                Tuple.tuple("page.html.gz", Page.Kind.HTML));
        assertThat(new String(pages.get(2).bytes(), StandardCharsets.UTF_8)).isEqualTo(ARTICLE);
    }

    @Test
    void folderWithNoPagesAndCorruptGzipAreReported() throws IOException {
        Path none = Files.createDirectories(dir.resolve("kosong"));
        Files.writeString(none.resolve("gambar.png.md"), "x");
        Path corrupt = Files.write(dir.resolve("rusak.html.gz"), new byte[]{0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        read(none.toString(), corrupt.toString());
        assertThat(failures).extracting(PageFailure::reason).satisfiesExactly(
                r -> assertThat(r).startsWith(none + ": folder has no pages"),
                r -> assertThat(r).startsWith(corrupt + ": corrupt gzip data"));
    }

    @Test
    void windows1252FileIsDecodedCorrectly() throws IOException {
        String text = "Kafé “Senja” membuka cabang baru — harga kopi mulai Rp 15.000.";
        Path f = Files.write(dir.resolve("lama.txt"), text.getBytes(Charset.forName("windows-1252")));
        read(f.toString());
        assertThat(pages).singleElement().satisfies(p -> assertThat(PageDecoder.decode(p.bytes())).isEqualTo(text));
    }

    @Test
    void aUtf8PageWithMoreThanTwoPercentReplacementsOrControlsIsUndecodable() {
        PageReader reader = new PageReader();
        // 24 emoji are 48 chars of text (surrogate pairs): one bad char in 49 is over 2%, in 50 it is not
        String emoji = "\uD83D\uDE00".repeat(24);
        for (String bad : new String[]{"\uFFFD", "\u0085"}) {
            byte[] over = (emoji + bad).getBytes(StandardCharsets.UTF_8);
            byte[] at = (emoji + "a" + bad).getBytes(StandardCharsets.UTF_8);
            assertThat(catchThrowable(() -> reader.page("x", null, over, "a.txt"))).as(bad).hasMessageStartingWith("undecodable text");
            assertThat(catchThrowable(() -> reader.page("x", null, at, "a.txt"))).as(bad).isNull();
        }
        // U+00A0 (C2 A0) is no control
        assertThat(catchThrowable(() -> reader.page("x", null, ("Harga\u00a0naik" + "\u00a0".repeat(40)).getBytes(StandardCharsets.UTF_8), "a.txt"))).isNull();
    }

    @Test
    void charsetOrderOfTrust() {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'a'};
        assertThat(PageDecoder.charset(bom)).isEqualTo(StandardCharsets.UTF_8);
        byte[] declaredLatin = "<meta charset=\"iso-8859-1\"><p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(PageDecoder.decode(declaredLatin)).contains("café");
        byte[] utf8DeclaredLatin = "<meta charset=\"iso-8859-1\"><p>café</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(PageDecoder.decode(utf8DeclaredLatin)).contains("café");
        assertThat(PageDecoder.isUtf8(new byte[]{(byte) 0xc0, (byte) 0x80})).isFalse();
        assertThat(PageDecoder.isUtf8(new byte[]{(byte) 0xe2, (byte) 0x82})).isFalse();
    }

    @Test
    void aUtf8DownloadCutInsideItsLastCharacterStaysUtf8() {
        byte[] whole = "<p>\u201cKami siap,\u201d kata Bupati.</p><p>Ia menambahkan \u201c".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
        assertThat(PageDecoder.charset(cut)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(PageDecoder.decode(cut)).startsWith("<p>\u201cKami siap,\u201d kata Bupati.</p>");
        assertThat(PageDecoder.isUtf8(cut)).isFalse();
    }

    @Test
    void aUtf16PageWithItsByteOrderMarkIsSniffedAsHtml() {
        byte[] page = "\ufeff<html><body><h1>Warga mengungsi</h1><p>Banjir melanda.</p></body></html>".getBytes(StandardCharsets.UTF_16LE);
        assertThat(ContentSniffer.kind(page, "berita.txt")).isEqualTo(Page.Kind.HTML);
        assertThat(ContentSniffer.kind("\ufeff<html><p>x</p></html>".getBytes(StandardCharsets.UTF_16BE), "a.txt")).isEqualTo(Page.Kind.HTML);
    }

    @Test
    void countsTheFilesItWillHandOverBeforeReadingThem() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/satu.html"), ARTICLE);
        Files.writeString(dir.resolve("a/b/dua.txt"), "Berita kedua.");
        Files.write(dir.resolve("a/b/kosong.txt"), new byte[0]);
        Files.writeString(dir.resolve("a/catatan.pdf"), "bukan halaman");
        Files.writeString(dir.resolve("lepas.txt"), "Berita lepas.");
        Files.createDirectories(dir.resolve("hampa"));
        List<String> paths = List.of(dir.resolve("a").toString(), dir.resolve("lepas.txt").toString(),
                dir.resolve("hampa").toString(), dir.resolve("tidak-ada").toString());
        int counted = new PageReader().countFiles(paths);
        read(paths.toArray(String[]::new));
        assertThat(counted).isEqualTo(4);
        // each counted file comes back as a page or a failure; the empty folder and the missing path only as failures
        assertThat(pages.size() + failures.size()).isEqualTo(counted + 2);
    }

    @Test
    void bytesReadElsewhereBecomeTheSamePageAsTheFileWithTheSameReasons() throws Exception {
        PageReader reader = new PageReader(1000);
        Path file = dir.resolve("page.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
        }
        Page fromFile = reader.read("x", file);
        Page fromBytes = reader.fileBytes("x", Files.readAllBytes(file), "page.html.gz");
        assertThat(fromBytes.bytes()).isEqualTo(fromFile.bytes()).isEqualTo(ARTICLE.getBytes(StandardCharsets.UTF_8));
        assertThat(fromBytes.kind()).isEqualTo(fromFile.kind());
        assertThat(catchThrowable(() -> reader.fileBytes("x", new byte[]{0x1f, (byte) 0x8b, 8, 0, 1}, "a.gz")))
                .hasMessageStartingWith("corrupt gzip data");
        assertThat(catchThrowable(() -> reader.checkSize(0))).hasMessage("empty file");
        assertThat(catchThrowable(() -> reader.checkSize(2000))).hasMessageStartingWith("file too large");
        assertThat(PageReader.looksLikePage("berita.html.gz")).isTrue();
        assertThat(PageReader.looksLikePage(".hidden.html")).isFalse();
        assertThat(PageReader.looksLikePage("notes.md")).isFalse();
    }
}
