package id.linimasa.page;

/** Receives what a {@link PageReader} reads, one page or failure at a time, so memory stays flat. */
public interface PageSink {

    void page(Page page);

    void failure(PageFailure failure);
}
