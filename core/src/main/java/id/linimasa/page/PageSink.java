package id.linimasa.page;

import java.util.function.Consumer;

/** Receives what a {@link PageReader} reads, one page or failure at a time, so memory stays flat. */
public interface PageSink {

    void page(Page page);

    void failure(PageFailure failure);

    /** A sink handing pages to one consumer and failures to the other. */
    static PageSink of(Consumer<Page> pages, Consumer<PageFailure> failures) {
        return new PageSink() {
            @Override
            public void page(Page page) {
                pages.accept(page);
            }

            @Override
            public void failure(PageFailure failure) {
                failures.accept(failure);
            }
        };
    }
}
