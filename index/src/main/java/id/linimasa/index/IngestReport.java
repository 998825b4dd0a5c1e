package id.linimasa.index;

import id.linimasa.page.PageFailure;

import java.util.ArrayList;
import java.util.List;

/**
 * What an ingest did: pages read, articles stored, pages skipped because the corpus already had them
 * (same bytes), and the pages that failed, each with a one-line reason that names it.
 */
public record IngestReport(int read, int stored, int skipped, List<PageFailure> failures) {

    public IngestReport {
        failures = List.copyOf(failures);
    }

    /**
     * This report plus what failed before reaching the corpus: files that were read but are no page (empty,
     * binary, too large; counted as read) and given paths that hold no file to read (missing, a folder without
     * pages; failures only).
     */
    public IngestReport withReadFailures(List<PageFailure> unreadableFiles, List<PageFailure> badPaths) {
        List<PageFailure> all = new ArrayList<>(unreadableFiles);
        all.addAll(badPaths);
        all.addAll(failures);
        return new IngestReport(read + unreadableFiles.size(), stored, skipped, all);
    }
}
