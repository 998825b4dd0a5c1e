package id.linimasa.app;

import id.linimasa.index.Corpus;
import id.linimasa.index.IngestListener;
import id.linimasa.index.IngestReport;
import id.linimasa.page.PageFailure;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.nio.file.Files;
import java.util.Collections;

/** {@code linimasa ingest PATH...}: extracts, analyses and stores pages in the corpus. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads pages from files and folders (recursively; text dumps and HTML, optionally gzipped), "
                + "extracts and analyses each and stores it in the corpus with its raw page. Pages already stored are "
                + "skipped, so re-ingesting changes nothing. Commits as it goes: an interrupted ingest leaves the "
                + "corpus as it was at its last commit. Exit 1 when some page failed (each named with its reason)."})
public final class IngestCommand implements Callable<Integer> {

    /** Show a progress bar on a terminal when there are at least this many paths (or a folder). */
    private static final int PROGRESS_FROM = 50;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders of pages")
    List<String> paths;
    @Mixin
    CorpusOption corpus;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        IngestReport r = ingest(paths, corpus.dir, spec.commandLine().getErr());
        out.printf("pages read: %d%narticles stored: %d%nunchanged (skipped): %d%nfailed: %d%n", r.read(), r.stored(), r.skipped(), r.failures().size());
        for (PageFailure f : r.failures()) out.printf("  %s%n", f.reason());
        out.printf("corpus: %s%n", corpus.dir);
        return r.failures().isEmpty() ? Main.OK : Main.SOME_FAILED;
    }

    /** Ingests {@code paths} into the corpus at {@code dir}, telling {@code err} about each failure as it happens. */
    static IngestReport ingest(List<String> paths, Path dir, PrintWriter err) throws IOException {
        List<PageFailure> readFailures = Collections.synchronizedList(new ArrayList<>());
        ProgressBar bar = System.console() != null && manyFiles(paths)
                ? new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1).continuousUpdate()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()
                : null;
        IngestListener listener = (source, outcome, detail) -> {
            if (outcome == IngestListener.Outcome.FAILED) say(err, detail);
            if (bar != null) bar.step();
        };
        try (Corpus c = Corpus.open(dir); PageStream pages = new PageStream(paths, f -> {
            readFailures.add(f);
            say(err, f.reason());
        })) {
            IngestReport report = c.ingest(pages, PageAnalysis::analyse, listener);
            return report.withReadFailures(List.copyOf(readFailures));
        } finally {
            if (bar != null) bar.close();
        }
    }

    private static void say(PrintWriter err, String line) {
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }

    /** A progress bar helps on long runs only: a folder argument or many files. */
    private static boolean manyFiles(List<String> paths) {
        return paths.size() >= PROGRESS_FROM || paths.stream().anyMatch(p -> Files.isDirectory(Path.of(p)));
    }
}
