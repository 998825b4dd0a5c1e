package id.linimasa.index;

import id.linimasa.story.StoryFeatures;
import id.linimasa.story.StoryMatcher;
import id.linimasa.story.StoryMatcher.Relation;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a new article among the stories already in the corpus, incrementally: asks the index for
 * candidates (articles sharing a shingle band, or published close by and naming a shared entity),
 * compares each with {@link StoryMatcher}, and links the article to the best match.
 */
final class StoryLinker {

    private static final int CANDIDATES = 50;
    /** What a candidate is compared by: loading only these spares unzipping 50 stored analyses and pages per article. */
    private static final java.util.Set<String> CANDIDATE_FIELDS = java.util.Set.of(ArticleDocument.ID, ArticleDocument.PUBLISHED_ISO,
            ArticleDocument.SIG_SHINGLES, ArticleDocument.SIG_WORDS, ArticleDocument.ENTITY, ArticleDocument.EVENT_KEY,
            ArticleDocument.BODY_LENGTH, ArticleDocument.STORY, ArticleDocument.DUPLICATE_OF);
    private final StoryMatcher matcher = new StoryMatcher();

    /** Where the new article goes: its story id and, for a syndicated copy, the original it copies. */
    record Placement(String storyId, String duplicateOf) {
    }

    /**
     * @param recent articles stored in this run that the searcher does not see yet, with their placements
     */
    Placement place(StoryFeatures f, IndexSearcher searcher, List<Candidate> recent) throws IOException {
        List<Candidate> candidates = new ArrayList<>(recent);
        if (searcher != null) candidates.addAll(fromIndex(f, searcher));
        Candidate best = null;
        StoryMatcher.Match bestMatch = null;
        for (Candidate c : candidates) {
            if (c.features().articleId().equals(f.articleId())) continue;
            StoryMatcher.Match m = matcher.compare(f, c.features());
            if (m.relation() == Relation.UNRELATED) continue;
            if (bestMatch == null || rank(m) > rank(bestMatch)) {
                best = c;
                bestMatch = m;
            }
        }
        if (best == null) return new Placement(f.articleId(), null);
        String original = bestMatch.relation() == Relation.DUPLICATE
                ? (best.duplicateOf() != null ? best.duplicateOf() : best.features().articleId()) : null;
        return new Placement(best.storyId(), original);
    }

    /** Duplicates outrank story matches; within a relation the higher score wins. */
    private static double rank(StoryMatcher.Match m) {
        return (m.relation() == Relation.DUPLICATE ? 10 : 0) + m.score();
    }

    record Candidate(StoryFeatures features, String storyId, String duplicateOf) {
    }

    private List<Candidate> fromIndex(StoryFeatures f, IndexSearcher searcher) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String band : f.signature().bands()) q.add(new TermQuery(new Term(ArticleDocument.BAND, band)), Occur.SHOULD);
        if (!f.entities().isEmpty()) {
            BooleanQuery.Builder shared = new BooleanQuery.Builder();
            for (String e : f.entities()) shared.add(new TermQuery(new Term(ArticleDocument.ENTITY, e)), Occur.SHOULD);
            BooleanQuery.Builder near = new BooleanQuery.Builder().add(shared.build(), Occur.MUST);
            if (f.published() != null) {
                long day = ArticleDocument.dayKey(f.published());
                long window = StoryMatcher.MAX_DAYS_APART * 86_400L;
                near.add(LongField.newRangeQuery(ArticleDocument.PUBLISHED, day - window, day + window + 86_399), Occur.FILTER);
            }
            q.add(near.build(), Occur.SHOULD);
        }
        Query query = q.build();
        List<Candidate> out = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(query, CANDIDATES).scoreDocs) {
            Document d = stored.document(sd.doc, CANDIDATE_FIELDS);
            out.add(new Candidate(ArticleDocument.features(d), d.get(ArticleDocument.STORY), d.get(ArticleDocument.DUPLICATE_OF)));
        }
        return out;
    }
}
