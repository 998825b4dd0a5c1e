package id.linimasa.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stories from the corpus: the list of those active in a date range (a scan, memoised per reader), and one in full. */
final class StoryReader {

    private final ReaderMemo<List<LocalDate>, List<StorySummary>> lists = new ReaderMemo<>(64);

    /** Stories with an article published in the range (either end may be null), latest first. */
    List<StorySummary> stories(CorpusView view, LocalDate from, LocalDate to) throws IOException {
        return lists.get(view.reader(), Arrays.asList(from, to), () -> {
            Query q = from == null && to == null ? ArticleDocument.ARTICLES : ArticleSearch.dateRange(from, to);
            Map<String, List<StoryViews.Row>> byStory = new LinkedHashMap<>();
            ArticleValues values = new ArticleValues(view.reader());
            for (int doc : view.docs(q)) {
                StoryViews.Row row = StoryViews.row(values, doc);
                byStory.computeIfAbsent(row.story(), k -> new ArrayList<>()).add(row);
            }
            List<StorySummary> out = new ArrayList<>();
            ArticleValues titles = new ArticleValues(view.reader());
            for (var e : byStory.entrySet()) out.add(StoryViews.summary(e.getKey(), e.getValue(), titles::title));
            out.sort(Comparator.comparing((StorySummary st) -> st.last() == null ? "" : st.last()).reversed());
            return List.copyOf(out);
        });
    }

    static Optional<Story> story(CorpusView view, String id) throws IOException {
        List<Document> docs = view.all(new TermQuery(new Term(ArticleDocument.STORY, id)), Sort.INDEXORDER, ArticleDocument.WITH_ANALYSIS);
        return docs.isEmpty() ? Optional.empty() : Optional.of(StoryViews.story(id, docs));
    }
}
