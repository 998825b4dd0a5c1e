package id.linimasa.app;

import id.linimasa.page.Page;
import id.linimasa.page.PageFailure;
import id.linimasa.page.PageReader;
import id.linimasa.page.PageSink;

import java.util.ArrayList;
import java.util.List;

/** Every page under the given paths read into memory, with the paths that failed: what a benchmark measures over. */
public record LoadedPages(List<Page> pages, List<PageFailure> failures) {

    public static LoadedPages read(List<String> paths) {
        List<Page> pages = new ArrayList<>();
        List<PageFailure> failures = new ArrayList<>();
        new PageReader().read(paths, PageSink.of(pages::add, failures::add));
        return new LoadedPages(pages, failures);
    }
}
