package id.linimasa.spark;

import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.extract.Article;
import id.linimasa.extract.ArticleExtractor;
import id.linimasa.extract.UnreadablePageException;
import id.linimasa.page.Page;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-page work in an executor: extraction, then the standard analysis chain. Both are built once per JVM (the
 * models load at the first page an executor sees) and shared by all its tasks, as they are by the CLI's threads.
 */
final class PageAnalysis {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private PageAnalysis() {
    }

    /** The page's analysis, or a {@link PageAnalysis.Refused} whose message is the one-line reason, as the corpus gives it. */
    static Analysis analyse(Page page) throws Refused {
        try {
            Analysis a = Linimasa.analyse(EXTRACTOR.extract(page));
            if (a.article().text().isBlank()) throw new Refused("no article text found");
            return a;
        } catch (UnreadablePageException e) {
            throw new Refused(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            throw new Refused("analysis failed (" + e + ")");
        }
    }

    /** A page's analysis, or the one-line reason it has none. */
    record Outcome(Analysis analysis, String refused) {
    }

    /**
     * The pages' outcomes in their order, as the corpus's ingest gets them: each page extracted, then each stage run over
     * all the articles in turn ({@link Linimasa#analyseAll}: the same analyses, cheaper). Should a stage throw on one
     * article, the pages are analysed again one by one so that only that one is refused.
     */
    static List<Outcome> analyseAll(List<Page> pages) {
        List<Article> articles = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Page p : pages) {
            try {
                articles.add(EXTRACTOR.extract(p));
                refused.add(null);
            } catch (UnreadablePageException e) {
                refused.add(e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                refused.add("analysis failed (" + e + ")");
            }
        }
        List<Analysis> analyses;
        try {
            analyses = Linimasa.analyseAll(articles);
        } catch (RuntimeException | StackOverflowError e) {
            analyses = null;
        }
        List<Outcome> outcomes = new ArrayList<>(pages.size());
        int k = 0;
        for (int i = 0; i < pages.size(); i++) {
            if (refused.get(i) != null) {
                outcomes.add(new Outcome(null, refused.get(i)));
                continue;
            }
            Analysis a = analyses != null ? analyses.get(k++) : null;
            try {
                if (a == null) a = analyse(pages.get(i));
                else if (a.article().text().isBlank()) throw new Refused("no article text found");
                outcomes.add(new Outcome(a, null));
            } catch (Refused e) {
                outcomes.add(new Outcome(null, e.getMessage()));
            }
        }
        return outcomes;
    }

    /** A page that yields no analysis. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }
}
