package id.linimasa.index;

/** Told about each page as the ingest finishes with it, in input order, on the ingesting thread. */
@FunctionalInterface
public interface IngestListener {

    /** JOINED: a later page of a paginated article, told after the ingest joined it into the article of its first page. */
    enum Outcome { STORED, SKIPPED, FAILED, JOINED }

    /** @param detail the article id when stored or joined, the page hash when skipped, the one-line reason naming the page when failed */
    void onPage(String source, Outcome outcome, String detail);

    IngestListener NONE = (source, outcome, detail) -> { };
}
