package id.linimasa.app;

import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.extract.Article;
import id.linimasa.extract.ArticleExtractor;
import id.linimasa.extract.SiteTemplates;
import id.linimasa.extract.TemplateLearner;
import id.linimasa.page.Page;

import java.nio.file.Path;

/** Page to article (extraction), and page to analysis (extraction, then the standard analysis chain). Thread-safe. */
final class PageAnalysis {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private PageAnalysis() {
    }

    static Analysis analyse(Page page) {
        return Linimasa.analyse(EXTRACTOR.extract(page));
    }

    static Article extract(Page page) {
        return EXTRACTOR.extract(page);
    }

    /** The page's article, with the corpus's site templates, telling {@code learner} (when not null) the page's blocks. */
    static Article extract(Page page, SiteTemplates templates, TemplateLearner learner) {
        return EXTRACTOR.extract(page, templates, learner);
    }

    /** Where a corpus keeps what it learned of its sites' templates. */
    static Path templateFile(Path corpus) {
        return corpus.resolve("templates.json");
    }
}
