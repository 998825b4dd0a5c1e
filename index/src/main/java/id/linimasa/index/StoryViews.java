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

    /** What a story list needs of one article, all from doc values. */
    record Row(int doc, String id, String published, String outlet, String story, String duplicateOf) {
    }

    static Row row(ArticleValues values, int doc) throws IOException {
        return new Row(doc, values.id(doc), values.published(doc), values.outlet(doc), values.story(doc), values.duplicateOf(doc));
    }

    @FunctionalInterface
    interface Titles {
        String of(int doc) throws IOException;
    }

    /** The story's title is that of its first article (or the first that has one). */
    static StorySummary summary(String id, List<Row> rows, Titles titles) throws IOException {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::published, Comparator.nullsLast(Comparator.naturalOrder())));
        Set<String> outlets = new LinkedHashSet<>();
        int copies = 0;
        for (Row r : sorted) {
            if (r.outlet() != null) outlets.add(r.outlet());
            if (r.duplicateOf() != null) copies++;
        }
        String title = null;
        for (Row r : sorted) {
            title = titles.of(r.doc());
            if (title != null) break;
        }
        return new StorySummary(id, title, sorted.getFirst().published(), sorted.getLast().published(), List.copyOf(outlets),
                sorted.size() - copies, copies);
    }

    static Story story(String id, List<Document> docs) throws IOException {
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
                    // one voice per linked speaker, however the article shortens the name
                    Entity speaker = q.speakerId() == null ? null : a.entity(q.speakerId());
                    String key = q.speakerId() != null ? q.speakerId() : q.speaker();
                    if (key != null && speakers.add(key)) newQuotes.add(speaker != null ? speaker.name() : q.speaker());
                }
            }
            reports.add(new Story.Report(a.article().id(), a.article().title(), a.article().outlet(),
                    d.get(ArticleDocument.PUBLISHED_ISO), dup, newEntities, newEvents, newQuotes));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Document d = sorted.get(i);
            rows.add(new Row(i, d.get(ArticleDocument.ID), d.get(ArticleDocument.PUBLISHED_ISO), d.get(ArticleDocument.OUTLET_NAME),
                    id, d.get(ArticleDocument.DUPLICATE_OF)));
        }
        return new Story(summary(id, rows, i -> sorted.get(i).get(ArticleDocument.TITLE)), reports);
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
