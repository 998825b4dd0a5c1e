package id.linimasa.index;

import id.linimasa.Analysis;
import id.linimasa.page.Page;
import id.linimasa.story.StoryFeatures;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Joins the pages of a paginated article ("?page=2", "/2", or page links that say which page a page is) that the
 * corpus holds as separate documents into one article; a page numbered by its links alone joins only when it carries the
 * article's headline. The result depends only on which pages are stored, never on the order they came in: pages are
 * ordered by their page number, a number met twice (the same page fetched twice with different bytes) keeps
 * the page with the smaller hash, and the joined article takes the first page's id and story. Its later pages
 * are stored with it for re-analysis, and their hashes make a second ingest of them a no-op.
 */
final class PartJoiner {

    private final IndexWriter writer;
    private final EventRecords events;
    private final PageAnalyser analyser;
    private final IngestListener listener;

    /** @param events the merged events, told that the parts' articles went and the joined one came */
    PartJoiner(IndexWriter writer, EventRecords events, PageAnalyser analyser, IngestListener listener) {
        this.writer = writer;
        this.events = events;
        this.analyser = analyser;
        this.listener = listener;
    }

    /** Joins every article among {@code keys} whose pages sit in more than one document of {@code reader}. */
    void joinAll(DirectoryReader reader, Iterable<String> keys) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (String key : keys) {
            ScoreDoc[] hits = searcher.search(new TermQuery(new Term(ArticleDocument.PART_KEY, key)), Integer.MAX_VALUE).scoreDocs;
            if (hits.length >= 2) join(reader, searcher, hits);
        }
    }

    private record Numbered(int number, Page page) {
        String sha() {
            return page.sha256();
        }
    }

    /** A document whose page (or first page) shares the article's key. */
    private record Candidate(int doc, Document stored, Page page, int number, boolean linked, Set<String> headline) {
        String sha() {
            return page.sha256();
        }
    }

    private void join(DirectoryReader reader, IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        var fields = searcher.storedFields();
        ArticleValues values = new ArticleValues(reader);
        List<Candidate> candidates = new ArrayList<>();
        for (ScoreDoc h : hits) {
            Document d = ArticleDocument.load(values, fields, h.doc, ArticleDocument.PAGE_AND_TITLE);
            candidates.add(new Candidate(h.doc, d, ArticleDocument.page(d), ArticleDocument.partNumber(d), ArticleDocument.partLinked(d),
                    headlineWords(d.get(ArticleDocument.TITLE))));
        }
        // a page that a link took for a neighbour but heads another story (a blog's link to its previous post) stays an
        // article of its own: its headline must be the lowest-numbered page's (smallest hash first). A page whose address
        // names its number is the article's page whatever its title says.
        candidates.sort(Comparator.comparingInt(Candidate::number).thenComparing(Candidate::sha));
        Set<String> headline = candidates.get(0).headline();
        Map<Integer, Numbered> byNumber = new TreeMap<>();
        Map<String, Integer> docOfSha = new TreeMap<>();
        List<Integer> docs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.linked() && !sameHeadline(headline, c.headline())) continue;
            Document d = c.stored();
            int doc = c.doc();
            docs.add(doc);
            offer(byNumber, new Numbered(c.number(), c.page()), docOfSha, doc);
            for (ArticleDocument.StoredPart p : ArticleDocument.parts(d)) offer(byNumber, new Numbered(p.number(), p.page()), docOfSha, doc);
        }
        if (byNumber.size() < 2) return;
        List<Numbered> ordered = new ArrayList<>(byNumber.values());
        Analysis joined;
        try {
            joined = analyser.joined(ordered.stream().map(Numbered::page).toList());
        } catch (RuntimeException | StackOverflowError e) {
            return; // pages that read as no article, or a stage that fails on the joined one, leave the documents as they are
        }
        Numbered first = ordered.get(0);
        List<ArticleDocument.StoredPart> later = new ArrayList<>();
        for (Numbered n : ordered.subList(1, ordered.size())) later.add(ArticleDocument.StoredPart.of(n.page(), n.number()));
        Document doc = ArticleDocument.withParts(ArticleDocument.of(first.page(), joined, StoryFeatures.of(joined)), later);
        String story = values.story(docOfSha.get(first.sha()));
        for (int d : docs) {
            writer.deleteDocuments(new Term(ArticleDocument.ID, values.id(d)));
            events.remove(values.id(d));
        }
        writer.addDocument(ArticleDocument.place(doc, story, null));
        events.put(joined, false, story);
        for (ArticleDocument.StoredPart p : later) listener.onPage(p.source(), IngestListener.Outcome.JOINED, joined.article().id());
    }

    private static void offer(Map<Integer, Numbered> byNumber, Numbered n, Map<String, Integer> docOfSha, int doc) {
        docOfSha.putIfAbsent(n.sha(), doc);
        byNumber.merge(n.number(), n, (a, b) -> a.sha().compareTo(b.sha()) <= 0 ? a : b);
    }

    /** A headline's words less its page number ("... Halaman 2 dari 3", "(Page 2 of 3)"); null when the page has none. */
    static Set<String> headlineWords(String title) {
        if (title == null) return null;
        Set<String> words = new HashSet<>();
        for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !PAGE_WORDS.contains(w) && !w.chars().allMatch(Character::isDigit)) words.add(w);
        }
        return words;
    }

    /**
     * Whether two headlines are one article's: most words of the shorter one in the other, so that a page whose title was
     * read with a site name or a subtitle more still matches. Unknown headlines say nothing against it.
     */
    static boolean sameHeadline(Set<String> a, Set<String> b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) return true;
        long shared = a.stream().filter(b::contains).count();
        return shared >= SAME_HEADLINE * Math.min(a.size(), b.size());
    }

    private static final double SAME_HEADLINE = 0.6;
    private static final Set<String> PAGE_WORDS = Set.of("halaman", "hal", "page", "bagian", "part", "all", "semua", "dari", "of");
}
