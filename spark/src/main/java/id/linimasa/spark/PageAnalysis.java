package id.linimasa.spark;

import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.Pipeline;
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

    /** A page's analysis, or the one-line reason it has none. */
    record Outcome(Analysis analysis, String refused) {
    }

    /**
     * The pages' outcomes in their order, as the corpus's ingest gets them: each page extracted, then each stage run over
     * all the articles in turn ({@link id.linimasa.Pipeline#attemptAll}: the same analyses, cheaper; an article a stage
     * throws on is refused alone).
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
                refused.add(failed(e));
            }
        }
        List<Pipeline.Attempt> attempts = Linimasa.pipeline().attemptAll(articles);
        List<Outcome> outcomes = new ArrayList<>(pages.size());
        int k = 0;
        for (String reason : refused) {
            if (reason != null) {
                outcomes.add(new Outcome(null, reason));
                continue;
            }
            Pipeline.Attempt a = attempts.get(k++);
            if (a.failure() != null) outcomes.add(new Outcome(null, failed(a.failure())));
            else if (a.analysis().article().text().isBlank()) outcomes.add(new Outcome(null, NO_TEXT));
            else outcomes.add(new Outcome(a.analysis(), null));
        }
        return outcomes;
    }

    private static final String NO_TEXT = "no article text found";

    private static String failed(Throwable e) {
        return "analysis failed (" + e + ")";
    }
}
