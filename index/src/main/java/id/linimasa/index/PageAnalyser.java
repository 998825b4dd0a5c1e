package id.linimasa.index;

import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.Pipeline;
import id.linimasa.Pipeline.Attempt;
import id.linimasa.extract.Article;
import id.linimasa.extract.ArticleJoiner;
import id.linimasa.extract.UnreadablePageException;
import id.linimasa.page.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How the corpus turns pages into analyses, a batch at a time. Each article to analyse is a page, or the pages of a
 * paginated article in page order. A page that fails fails alone: its attempt carries the exception.
 */
sealed interface PageAnalyser {

    /** The attempts for {@code articles}, in their order. */
    List<Attempt> analyse(List<List<Page>> articles);

    /** A page's article, extraction only. */
    Article extract(Page page);

    /** The pipeline that analyses a paginated article once joined. */
    Pipeline pipeline();

    /**
     * The pages of one article, in page order, extracted each and joined into one article. A page that fails is left
     * out; all failing throws.
     */
    default Article article(List<Page> pages) {
        if (pages.size() == 1) return extract(pages.get(0));
        List<Article> parts = new ArrayList<>();
        UnreadablePageException failure = null;
        for (Page p : pages) {
            try {
                parts.add(extract(p));
            } catch (UnreadablePageException e) {
                failure = e;
            }
        }
        if (parts.isEmpty()) throw failure != null ? failure : new UnreadablePageException("no page of the article could be read");
        return ArticleJoiner.join(parts);
    }

    /** The joined analysis of a paginated article's pages (see {@link #article}). */
    default Analysis joined(List<Page> pages) {
        return pipeline().analyse(article(pages));
    }

    /**
     * Extraction page by page, then the pipeline run stage by stage over the batch's articles ({@link Pipeline#attemptAll}:
     * same analyses, cheaper; an article a stage throws on fails alone).
     */
    record Staged(Function<Page, Article> extractor, Pipeline pipeline) implements PageAnalyser {

        @Override
        public Article extract(Page page) {
            return extractor.apply(page);
        }

        @Override
        public List<Attempt> analyse(List<List<Page>> articles) {
            Attempt[] attempts = new Attempt[articles.size()];
            List<Article> read = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < attempts.length; i++) {
                try {
                    read.add(article(articles.get(i)));
                    at.add(i);
                } catch (RuntimeException | StackOverflowError e) {
                    attempts[i] = new Attempt(null, e);
                }
            }
            List<Attempt> analysed = pipeline.attemptAll(read);
            for (int k = 0; k < read.size(); k++) attempts[at.get(k)] = analysed.get(k);
            return List.of(attempts);
        }
    }

    /** A caller's own page-to-analysis function, page by page; a paginated article is joined by the standard pipeline. */
    record Whole(Function<Page, Analysis> analyser) implements PageAnalyser {

        @Override
        public Article extract(Page page) {
            return analyser.apply(page).article();
        }

        @Override
        public Pipeline pipeline() {
            return Linimasa.pipeline();
        }

        @Override
        public List<Attempt> analyse(List<List<Page>> articles) {
            List<Attempt> attempts = new ArrayList<>(articles.size());
            for (List<Page> pages : articles) {
                try {
                    attempts.add(new Attempt(pages.size() == 1 ? analyser.apply(pages.get(0)) : joined(pages), null));
                } catch (RuntimeException | StackOverflowError e) {
                    attempts.add(new Attempt(null, e));
                }
            }
            return attempts;
        }
    }
}
