package id.linimasa.page;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads pages from files and folders (recursively), HTML or plain-text dumps, optionally gzipped. One file
 * at a time is in memory; every file that cannot be read becomes a {@link PageFailure} with a one-line
 * reason naming it, and reading goes on.
 */
public final class PageReader {

    /** Large enough for 5 MB pages with room to spare, small enough that a stray dump is refused. */
    public static final long MAX_BYTES = 20L << 20;

    /** In folders, files whose names look like pages; a file named explicitly is always tried. */
    private static final Pattern PAGE_NAME = Pattern.compile("(?i)[^.]+|.*\\.(html?|xhtml|shtml|php|aspx?|jsp|txt|text)(\\.gz)?");

    private final long maxBytes;

    public PageReader() {
        this(MAX_BYTES);
    }

    public PageReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads every path in order, handing each page or failure to the sink as soon as it is read. */
    public void read(Iterable<String> paths, PageSink sink) {
        for (String given : paths) {
            Path path = Path.of(given);
            if (Files.isDirectory(path)) {
                readFolder(given, path, sink);
            } else if (Files.isRegularFile(path)) {
                readOne(given, path, sink);
            } else {
                sink.failure(missing(given));
            }
        }
    }

    /**
     * How many files {@link #read} will hand over (each as a page or a failure), found by listing the folders
     * first: the total a progress bar shows. Missing paths and folders that cannot be listed count nothing.
     */
    public int countFiles(Iterable<String> paths) {
        int n = 0;
        for (String given : paths) {
            Path path = Path.of(given);
            if (Files.isRegularFile(path)) {
                n++;
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    n += (int) files.filter(Files::isRegularFile).filter(PageReader::looksLikePage).count();
                } catch (IOException | RuntimeException unlistable) {
                    // read() names the folder with its reason; here it adds nothing to the total
                }
            }
        }
        return n;
    }

    private void readFolder(String given, Path folder, PageSink sink) {
        int seen = 0;
        try (Stream<Path> files = Files.walk(folder)) {
            Iterator<Path> it = files.filter(Files::isRegularFile).filter(PageReader::looksLikePage).sorted().iterator();
            while (it.hasNext()) {
                Path file = it.next();
                seen++;
                readOne(sourceName(given, folder, file), file, sink);
            }
        } catch (IOException | RuntimeException e) {
            sink.failure(new PageFailure(given, given + ": cannot list folder (" + e.getMessage() + ")"));
            return;
        }
        if (seen == 0) sink.failure(noPagesIn(given));
    }

    /** The failure of a given path that names nothing; public for readers that list files themselves. */
    public static PageFailure missing(String given) {
        return new PageFailure(given, given + ": no such file or folder");
    }

    /** The failure of a given folder that holds no file named like a page. */
    public static PageFailure noPagesIn(String given) {
        return new PageFailure(given, given + ": folder has no pages (no .html, .htm, .txt or .gz files)");
    }

    private void readOne(String source, Path file, PageSink sink) {
        try {
            sink.page(read(source, file));
        } catch (PageReadException e) {
            sink.failure(new PageFailure(source, source + ": " + e.getMessage()));
        }
    }

    /** Reads one file into a page, or says in one line why it is not one. */
    public Page read(String source, Path file) throws PageReadException {
        byte[] bytes;
        try {
            checkSize(Files.size(file));
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PageReadException("no such file");
        } catch (IOException e) {
            throw new PageReadException("cannot read (" + e.getMessage() + ")");
        }
        return fileBytes(source, bytes, file.getFileName().toString());
    }

    /** Refuses a file by its size before it is read: empty, or larger than a page can be. */
    public void checkSize(long size) throws PageReadException {
        if (size == 0) throw new PageReadException("empty file");
        if (size > maxBytes) throw new PageReadException("file too large (" + megabytes(size) + "; the limit is " + megabytes(maxBytes) + ")");
    }

    /**
     * Makes a page of a file's bytes as stored (gzipped or not), read by the caller from wherever the file is
     * (a Hadoop file system in a Spark task, say), with the same checks and reasons as {@link #read(String, Path)}.
     */
    public Page fileBytes(String source, byte[] stored, String fileName) throws PageReadException {
        byte[] bytes = isGzip(stored) ? gunzip(stored) : stored;
        return page(source, null, bytes, fileName);
    }

    /** Checks bytes already in memory (un-gzipped) and makes them a page. */
    public Page page(String source, String url, byte[] bytes, String fileName) throws PageReadException {
        if (bytes.length == 0 || isBlank(bytes)) throw new PageReadException("empty file");
        if (bytes.length > maxBytes) throw new PageReadException("file too large (" + megabytes(bytes.length) + " uncompressed; the limit is " + megabytes(maxBytes) + ")");
        if (ContentSniffer.isBinary(bytes)) throw new PageReadException("binary file, not an HTML page or a text dump");
        if (!decodable(bytes)) throw new PageReadException("undecodable text (neither UTF-8 nor its declared charset)");
        return new Page(source, url, bytes, ContentSniffer.kind(bytes, fileName));
    }

    private byte[] gunzip(byte[] gz) throws PageReadException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(gz.length * 4);
            byte[] buf = new byte[65536];
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
                if (out.size() > maxBytes) throw new PageReadException("file too large (over " + megabytes(maxBytes) + " uncompressed)");
            }
            return out.toByteArray();
        } catch (ZipException | EOFException e) {
            throw new PageReadException("corrupt gzip data (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new PageReadException("cannot read gzip data (" + e.getMessage() + ")");
        }
    }

    /** Replacement characters or C1 controls in more than 2% of the text mean the charset guess failed. */
    private static boolean decodable(byte[] bytes) {
        // a UTF-8 page, most are, is its text: counted in its bytes, not decoded into a copy of the page thrown away after
        if (PageDecoder.isUtf8(bytes)) return utf8Decodable(bytes);
        String text = PageDecoder.decode(bytes);
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\ufffd' || c >= 0x80 && c < 0xa0) bad++;
        }
        return bad * 50 <= text.length();
    }

    /**
     * {@link #decodable}'s count on valid UTF-8 bytes, as its decoded text reads: a char per lead byte, two (a surrogate pair)
     * per four-byte one; U+FFFD is EF BF BD, a C1 control C2 80 to C2 9F.
     */
    private static boolean utf8Decodable(byte[] b) {
        int chars = 0;
        int bad = 0;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                chars++;
            } else if (c >= 0xc0) {
                // valid UTF-8: a lead byte's continuation bytes follow it
                chars += c >= 0xf0 ? 2 : 1;
                if (c == 0xc2 && (b[i + 1] & 0xff) < 0xa0 || c == 0xef && (b[i + 1] & 0xff) == 0xbf && (b[i + 2] & 0xff) == 0xbd) bad++;
            }
        }
        return bad * 50 <= chars;
    }

    static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) if (x != ' ' && x != '\n' && x != '\r' && x != '\t') return false;
        return true;
    }

    private static boolean looksLikePage(Path p) {
        return looksLikePage(p.getFileName().toString());
    }

    /** Whether a file met in a folder is read as a page (hidden files are not), for readers that list folders themselves. */
    public static boolean looksLikePage(String fileName) {
        return !fileName.startsWith(".") && PAGE_NAME.matcher(fileName).matches();
    }

    private static String sourceName(String given, Path folder, Path file) {
        return Path.of(given).resolve(folder.relativize(file)).toString();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
