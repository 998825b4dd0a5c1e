package id.linimasa.spark;

import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.extract.ArticleExtractor;
import id.linimasa.extract.UnreadablePageException;
import id.linimasa.page.Page;

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

    /** A page that yields no analysis. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }
}
