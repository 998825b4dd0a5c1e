package id.linimasa.app;

import id.linimasa.Linimasa;
import id.linimasa.extract.SiteTemplates;
import id.linimasa.extract.TemplateLearner;
import id.linimasa.index.Corpus;
import id.linimasa.index.IngestListener;
import id.linimasa.index.IngestReport;
import id.linimasa.page.PageFailure;
import id.linimasa.page.PageReader;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code linimasa ingest PATH...}: extracts, analyses and stores pages in the corpus. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads pages from files and folders (recursively; text dumps and HTML, optionally gzipped), "
                + "extracts and analyses each and stores it in the corpus with its raw page. Pages already stored are "
                + "skipped, so re-ingesting changes nothing. Commits as it goes: an interrupted ingest (Ctrl-C) leaves the "
                + "corpus as it was at its last commit and says how many articles that holds. A progress bar with the "
                + "total shows on a terminal for folders. Each site's template (blocks recurring on half its pages, once it has five) is "
                + "learned and kept with the corpus; later ingests and 'linimasa reanalyse' leave it out of bodies. The pages of a "
                + "paginated article are joined into one. Exit 1 when some page failed (each named with its reason)."})
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

    /**
     * Ingests {@code paths} into the corpus at {@code dir}, telling {@code err} about each failure as it happens
     * and, if the JVM is stopped mid-way, what the corpus kept.
     */
    static IngestReport ingest(List<String> paths, Path dir, PrintWriter err) throws IOException {
        List<PageFailure> unreadableFiles = Collections.synchronizedList(new ArrayList<>());
        List<PageFailure> badPaths = Collections.synchronizedList(new ArrayList<>());
        ProgressBar bar = System.console() != null && manyFiles(paths) ? progressBar(paths) : null;
        IngestListener listener = (source, outcome, detail) -> {
            if (outcome == IngestListener.Outcome.FAILED) say(err, detail);
            // a joined page was stepped over when it was stored
            if (outcome == IngestListener.Outcome.JOINED) say(err, source + ": joined as a later page of article " + detail);
            else if (bar != null) bar.step();
        };
        try (InterruptNotice notice = InterruptNotice.install(dir, err); Corpus c = Corpus.open(dir);
             PageStream pages = new PageStream(paths, f -> {
                 // a given path with no file behind it (missing, a folder without pages) is no page read
                 if (Files.isRegularFile(Path.of(f.source()))) {
                     unreadableFiles.add(f);
                     if (bar != null) bar.step();
                 } else {
                     badPaths.add(f);
                 }
                 say(err, f.reason());
             })) {
            // pages are extracted with the templates learned by earlier ingests, and teach them this run's pages
            TemplateLearner learner = TemplateLearner.read(PageAnalysis.templateFile(dir));
            SiteTemplates templates = learner.templates();
            IngestReport report = c.ingest(pages, page -> PageAnalysis.extract(page, templates, learner), Linimasa.pipeline(), listener);
            learner.write(PageAnalysis.templateFile(dir));
            return report.withReadFailures(List.copyOf(unreadableFiles), List.copyOf(badPaths));
        } finally {
            if (bar != null) bar.close();
        }
    }

    /** A bar with the total when the folders are listed first, so that it can say how far along it is. */
    private static ProgressBar progressBar(List<String> paths) {
        return new ProgressBarBuilder().setTaskName("ingest").setInitialMax(new PageReader().countFiles(paths)).continuousUpdate()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
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
