package id.linimasa.index;

import id.linimasa.story.StoryFeatures;
import id.linimasa.story.StoryMatcher;
import id.linimasa.story.StoryMatcher.Relation;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Places a new article among the stories already in the corpus, incrementally: asks the index for
 * candidates (articles sharing a shingle band, or published close by and naming a shared entity),
 * compares each with {@link StoryMatcher}, and links the article to the best match.
 */
final class StoryLinker {

    private static final int CANDIDATES = 50;
    private final StoryMatcher matcher = new StoryMatcher();

    /**
     * Where the new article goes: its story id and, for a syndicated copy, the original it copies and when
     * that original was published ({@link ArticleValues#when}); {@code joined} are other stories it also belongs to,
     * which become part of its story (a report that bridges two stories started apart, so that the stories do not
     * depend on the order the pages arrive in).
     */
    record Placement(String storyId, String duplicateOf, long originalWhen, Set<String> joined) {
        Placement {
            joined = Set.copyOf(joined);
        }

        Placement(String storyId, String duplicateOf, long originalWhen) {
            this(storyId, duplicateOf, originalWhen, Set.of());
        }
    }

    /**
     * @param recent articles stored in this run that the searcher does not see yet, with their placements
     */
    Placement place(StoryFeatures f, IndexSearcher searcher, List<Candidate> recent) throws IOException {
        List<Candidate> candidates = new ArrayList<>(recent);
        if (searcher != null) candidates.addAll(fromIndex(f, searcher));
        Candidate best = null;
        StoryMatcher.Match bestMatch = null;
        Set<String> matched = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.features().articleId().equals(f.articleId())) continue;
            StoryMatcher.Match m = matcher.compare(f, c.features());
            if (m.relation() == Relation.UNRELATED) continue;
            matched.add(c.storyId());
            if (bestMatch == null || rank(m) > rank(bestMatch)) {
                best = c;
                bestMatch = m;
            }
        }
        if (best == null) return new Placement(f.articleId(), null, 0);
        matched.remove(best.storyId());
        if (bestMatch.relation() != Relation.DUPLICATE) return new Placement(best.storyId(), null, 0, matched);
        if (best.duplicateOf() == null) return new Placement(best.storyId(), best.features().articleId(), best.when(), matched);
        String original = best.duplicateOf();
        long when = candidates.stream().filter(c -> c.features().articleId().equals(original)).mapToLong(Candidate::when)
                .findFirst().orElse(whenOf(original, searcher));
        return new Placement(best.storyId(), original, when, matched);
    }

    private static long whenOf(String id, IndexSearcher searcher) throws IOException {
        if (searcher == null) return Long.MAX_VALUE;
        ScoreDoc[] hit = searcher.search(new TermQuery(new Term(ArticleDocument.ID, id)), 1).scoreDocs;
        return hit.length == 0 ? Long.MAX_VALUE : new ArticleValues(searcher.getIndexReader()).when(hit[0].doc);
    }

    /** Duplicates outrank story matches; within a relation the higher score wins. */
    private static double rank(StoryMatcher.Match m) {
        return (m.relation() == Relation.DUPLICATE ? 10 : 0) + m.score();
    }

    /** @param when publication time as {@link ArticleValues#when} orders it */
    record Candidate(StoryFeatures features, String storyId, String duplicateOf, long when) {
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
        ArticleValues values = new ArticleValues(searcher.getIndexReader());
        for (ScoreDoc sd : searcher.search(query, CANDIDATES).scoreDocs) {
            out.add(new Candidate(values.features(sd.doc), values.story(sd.doc), values.duplicateOf(sd.doc), values.when(sd.doc)));
        }
        return out;
    }
}
