package id.linimasa.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents of a gold set: the files with one extension under a folder (or one file), read in name order.
 *
 * @param failed how many files could not be read (each named on stderr with its reason)
 */
record GoldFiles<D>(List<D> documents, int failed) {

    /** Reads one gold file; an IOException or RuntimeException says what is wrong with it. */
    interface Reader<D> {
        D read(Path file) throws IOException;
    }

    /** The documents read; none, after saying why on stderr, when the folder is missing or holds no such file. */
    static <D> GoldFiles<D> load(Path dir, String extension, Reader<D> reader) throws IOException {
        if (!Files.exists(dir)) {
            System.err.println(dir + ": no such file or folder");
            return new GoldFiles<>(List.of(), 0);
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(extension) && Files.isRegularFile(p)).sorted().toList();
        }
        if (files.isEmpty()) System.err.println(dir + ": no " + extension + " documents");
        List<D> documents = new ArrayList<>();
        int failed = 0;
        for (Path f : files) {
            try {
                documents.add(reader.read(f));
            } catch (IOException | RuntimeException e) {
                System.err.println(f + ": " + e.getMessage());
                failed++;
            }
        }
        return new GoldFiles<>(documents, failed);
    }
}
