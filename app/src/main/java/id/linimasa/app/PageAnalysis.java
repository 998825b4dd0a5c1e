package id.linimasa.app;

import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.extract.ArticleExtractor;
import id.linimasa.page.Page;

/** Page to analysis: article extraction, then the standard analysis chain. Thread-safe. */
final class PageAnalysis {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private PageAnalysis() {
    }

    static Analysis analyse(Page page) {
        return Linimasa.analyse(EXTRACTOR.extract(page));
    }
}
