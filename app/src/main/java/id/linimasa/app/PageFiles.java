package id.linimasa.app;

import id.linimasa.page.Page;
import id.linimasa.page.PageFailure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Pages from files and folders (recursively, in name order), read one at a time as the ingest asks for
 * them. A path that cannot give a page is reported to {@code onFailure} with a one-line reason and skipped.
 */
final class PageFiles implements Iterable<Page> {

    static final long MAX_BYTES = 20L << 20;

    private final List<Path> files = new ArrayList<>();
    private final Consumer<PageFailure> onFailure;

    PageFiles(List<Path> paths, Consumer<PageFailure> onFailure) {
        this.onFailure = onFailure;
        for (Path p : paths) {
            if (!Files.exists(p)) {
                onFailure.accept(new PageFailure(p.toString(), "no such file or folder"));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    List<Path> found = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().toList();
                    if (found.isEmpty()) onFailure.accept(new PageFailure(p.toString(), "folder holds no pages"));
                    files.addAll(found);
                } catch (IOException | UncheckedIOException e) {
                    onFailure.accept(new PageFailure(p.toString(), "cannot list folder: " + e.getMessage()));
                }
            } else {
                files.add(p);
            }
        }
    }

    int size() {
        return files.size();
    }

    @Override
    public Iterator<Page> iterator() {
        return new Iterator<>() {
            private int next;
            private Page page = advance();

            private Page advance() {
                while (next < files.size()) {
                    Path f = files.get(next++);
                    try {
                        return read(f);
                    } catch (IOException e) {
                        onFailure.accept(new PageFailure(f.toString(), "cannot read: " + e.getMessage()));
                    } catch (IllegalArgumentException e) {
                        onFailure.accept(new PageFailure(f.toString(), e.getMessage()));
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return page != null;
            }

            @Override
            public Page next() {
                if (page == null) throw new NoSuchElementException();
                Page p = page;
                page = advance();
                return p;
            }
        };
    }

    private static Page read(Path f) throws IOException {
        long size = Files.size(f);
        if (size == 0) throw new IllegalArgumentException("empty file");
        if (size > MAX_BYTES) throw new IllegalArgumentException(String.format(Locale.ROOT, "too large for a news page (%.1f MB, limit %d MB)", size / 1048576.0, MAX_BYTES >> 20));
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes;
        if (name.endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) throw new IllegalArgumentException("too large for a news page once unzipped");
            name = name.substring(0, name.length() - 3);
        } else {
            bytes = Files.readAllBytes(f);
        }
        boolean html = name.endsWith(".html") || name.endsWith(".htm") || looksLikeHtml(bytes);
        return new Page(f.toString(), null, bytes, html ? Page.Kind.HTML : Page.Kind.TEXT);
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html");
    }
}
