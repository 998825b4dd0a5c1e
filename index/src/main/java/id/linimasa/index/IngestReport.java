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

    /** This report plus pages that failed before reaching the corpus (unreadable files, missing paths). */
    public IngestReport withReadFailures(List<PageFailure> more) {
        List<PageFailure> all = new ArrayList<>(more);
        all.addAll(failures);
        return new IngestReport(read + more.size(), stored, skipped, all);
    }
}
