package id.linimasa.index;

/** Told about each page as the ingest finishes with it, in input order, on the ingesting thread. */
@FunctionalInterface
public interface IngestListener {

    enum Outcome { STORED, SKIPPED, FAILED }

    /** @param detail the article id when stored, the page hash when skipped, the one-line reason naming the page when failed */
    void onPage(String source, Outcome outcome, String detail);

    IngestListener NONE = (source, outcome, detail) -> { };
}
