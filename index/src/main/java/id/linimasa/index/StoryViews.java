package id.linimasa.index;

import id.linimasa.Analysis;
import id.linimasa.entity.Entity;
import id.linimasa.event.Event;
import id.linimasa.quote.Quote;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Stories as readers see them: a summary per story, and each report with what it added. */
final class StoryViews {

    private StoryViews() {
    }

    static StorySummary summary(String id, List<Document> docs) {
        List<Document> sorted = byPublished(docs);
        Set<String> outlets = new LinkedHashSet<>();
        int copies = 0;
        for (Document d : sorted) {
            String outlet = d.get(ArticleDocument.OUTLET_NAME);
            if (outlet != null) outlets.add(outlet);
            if (d.get(ArticleDocument.DUPLICATE_OF) != null) copies++;
        }
        Document first = sorted.getFirst();
        String title = first.get(ArticleDocument.TITLE);
        for (Document d : sorted) {
            if (title != null) break;
            title = d.get(ArticleDocument.TITLE);
        }
        return new StorySummary(id, title, first.get(ArticleDocument.PUBLISHED_ISO), sorted.getLast().get(ArticleDocument.PUBLISHED_ISO),
                List.copyOf(outlets), sorted.size() - copies, copies);
    }

    static Story story(String id, List<Document> docs) {
        List<Document> sorted = byPublished(docs);
        Set<String> entities = new HashSet<>(), events = new HashSet<>(), speakers = new HashSet<>();
        List<Story.Report> reports = new ArrayList<>();
        for (Document d : sorted) {
            Analysis a = ArticleDocument.analysis(d);
            String dup = d.get(ArticleDocument.DUPLICATE_OF);
            List<String> newEntities = new ArrayList<>(), newEvents = new ArrayList<>(), newQuotes = new ArrayList<>();
            if (dup == null) {
                for (Entity e : a.entities()) if (entities.add(e.id())) newEntities.add(e.name());
                for (Event e : a.events()) {
                    String key = e.type() + (e.mode() == null ? "" : "/" + e.mode()) + (e.date() == null ? "" : " " + e.date().value());
                    if (events.add(key)) newEvents.add(key);
                }
                for (Quote q : a.quotes()) {
                    String who = q.speaker() == null ? null : q.speaker();
                    if (who != null && speakers.add(who)) newQuotes.add(who);
                }
            }
            reports.add(new Story.Report(a.article().id(), a.article().title(), a.article().outlet(),
                    d.get(ArticleDocument.PUBLISHED_ISO), dup, newEntities, newEvents, newQuotes));
        }
        return new Story(summary(id, docs), reports);
    }

    /** Oldest first; articles without a date last, in index order. */
    private static List<Document> byPublished(List<Document> docs) {
        List<Document> sorted = new ArrayList<>(docs);
        sorted.sort(Comparator.comparing((Document d) -> d.get(ArticleDocument.PUBLISHED_ISO),
                Comparator.nullsLast(Comparator.naturalOrder())));
        return sorted;
    }

    /** Distinct values of a field (a value whose articles were all replaced may linger until segments merge). */
    static long distinctTerms(IndexReader reader, String field) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) return 0;
        long n = 0;
        TermsEnum it = terms.iterator();
        while (it.next() != null) n++;
        return n;
    }
}
