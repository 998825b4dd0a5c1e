package id.linimasa.app;

import id.linimasa.index.Corpus;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * While an ingest runs, a JVM shutdown (Ctrl-C, a kill) says in one line what the corpus kept: Lucene leaves
 * it at its last commit, and the line reads the article count from that commit. Closed when the ingest ends.
 */
final class InterruptNotice implements AutoCloseable {

    private final Thread hook;

    private InterruptNotice(Path dir, PrintWriter err) {
        hook = new Thread(() -> {
            err.println(line(dir));
            err.flush();
        }, "linimasa-interrupted");
    }

    static InterruptNotice install(Path dir, PrintWriter err) {
        InterruptNotice notice = new InterruptNotice(dir, err);
        Runtime.getRuntime().addShutdownHook(notice.hook);
        return notice;
    }

    /** The line, with the number of articles in the corpus's last commit. */
    static String line(Path dir) {
        String said = "interrupted: corpus kept at its last commit";
        if (!Files.isDirectory(dir)) return said + " (0 articles)";
        try (Corpus c = Corpus.open(dir)) {
            return said + " (" + c.stats().articles() + " articles)";
        } catch (IOException | RuntimeException unreadable) {
            return said;
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: the ingest was interrupted after all
        }
    }
}
