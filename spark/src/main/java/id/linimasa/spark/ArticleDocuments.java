package id.linimasa.spark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.linimasa.Analysis;
import id.linimasa.entity.Entity;
import id.linimasa.event.Event;
import id.linimasa.extract.Article;
import id.linimasa.page.Page;
import id.linimasa.timeline.EventMerger;
import id.linimasa.timeline.Report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static id.linimasa.spark.OpenSearch.JSON;

/**
 * How a page's analysis is laid out in OpenSearch: one article document (metadata, body, captions, and every
 * analysis layer with its spans into the analysis text) and one document per event. Both are keyed by the page's
 * content hash, as the Lucene corpus keys its articles, so writing the same page again replaces nothing new.
 * Field names follow the Lucene corpus where it has them; the layers keep the records' own JSON form.
 */
final class ArticleDocuments {

    /** Articles of the index pair named by a prefix, and events. */
    static String articlesIndex(String prefix) {
        return prefix + "-articles";
    }

    static String eventsIndex(String prefix) {
        return prefix + "-events";
    }

    private ArticleDocuments() {
    }

    static ObjectNode article(Page page, Analysis analysis) {
        Article a = analysis.article();
        ObjectNode d = JSON.createObjectNode();
        d.put("id", a.id());
        d.put("page_sha", page.sha256());
        d.put("source", page.source());
        if (page.url() != null) d.put("url", page.url());
        else if (a.url() != null) d.put("url", a.url());
        d.put("kind", page.kind().name());
        d.put("title", a.title());
        d.put("body", a.text());
        strings(d, "captions", a.captions());
        if (a.published() != null) {
            d.put("published", a.published().iso());
            d.put("published_iso", a.published().iso());
        }
        if (a.modified() != null) d.put("modified_iso", a.modified().iso());
        strings(d, "authors", a.authors());
        strings(d, "editors", a.editors());
        strings(d, "credits", a.credits());
        d.put("outlet", a.outlet());
        d.put("dateline", a.dateline());
        d.put("language", a.language());
        if (a.part() != null) d.set("part", JSON.valueToTree(a.part()));
        Set<String> ids = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Entity e : analysis.entities()) {
            ids.add(e.id());
            names.add(e.name());
            names.addAll(e.aliases());
        }
        strings(d, "entity_ids", List.copyOf(ids));
        strings(d, "entity_names", List.copyOf(names));
        Set<String> types = new LinkedHashSet<>();
        for (Event e : analysis.events()) types.add(e.type().name());
        strings(d, "event_types", List.copyOf(types));
        d.set("entities", JSON.valueToTree(analysis.entities()));
        d.set("sentences", JSON.valueToTree(analysis.sentences()));
        d.set("mentions", JSON.valueToTree(analysis.mentions()));
        d.set("timexes", JSON.valueToTree(analysis.timexes()));
        d.set("quotes", JSON.valueToTree(analysis.quotes()));
        d.set("events", JSON.valueToTree(analysis.events()));
        return d;
    }

    /** The field of an event document that holds core's {@link EventMerger#actorKeys}. */
    static final String ACTOR_KEYS = "actor_keys";

    /** The event's document id: the page's, then the event's place in the article. */
    static String eventId(String pageSha, int ordinal) {
        return pageSha + "-" + ordinal;
    }

    /** One document per event, with its evidence sentence as text and the article's outlet and date to filter on. */
    static List<ObjectNode> events(Page page, Analysis analysis) {
        Article a = analysis.article();
        String text = analysis.text();
        List<ObjectNode> docs = new ArrayList<>();
        for (int i = 0; i < analysis.events().size(); i++) {
            Event e = analysis.events().get(i);
            ObjectNode d = JSON.createObjectNode();
            d.put("article_id", a.id());
            d.put("page_sha", page.sha256());
            d.put("ordinal", i);
            d.put("title", a.title());
            d.put("outlet", a.outlet());
            if (a.published() != null) d.put("published", a.published().iso());
            d.put("type", e.type().name());
            d.put("mode", e.mode());
            d.put("status", e.status() == null ? null : e.status().name());
            strings(d, "sources", e.sources());
            strings(d, "targets", e.targets());
            d.put("location", e.location());
            strings(d, "involved", List.copyOf(e.involved()));
            // what a timeline looks up to find the reports that may merge with one it read (core's own keys)
            strings(d, ACTOR_KEYS, EventMerger.actorKeys(Report.of(analysis, e)).stream().sorted().toList());
            if (e.date() != null) {
                d.put("date", e.date().value());
                if (DATE.matcher(e.date().value()).matches()) d.put("day", firstDay(e.date().value()));
                d.put("precision", e.date().precision().name());
            }
            d.put("confidence", e.confidence());
            d.put("caption", e.caption());
            d.put("sentence", e.sentence().of(text));
            d.put("trigger", e.trigger() == null ? null : e.trigger().of(text));
            d.set("event", JSON.valueToTree(e));
            docs.add(d);
        }
        return docs;
    }

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** "2025", "2025-02" or "2025-02-27" as the first day it covers, so events sort and filter by date. */
    static String firstDay(String value) {
        return switch (value.length()) {
            case 4 -> value + "-01-01";
            case 7 -> value + "-01";
            default -> value;
        };
    }

    private static void strings(ObjectNode d, String field, List<String> values) {
        ArrayNode array = d.putArray(field);
        values.forEach(array::add);
    }
}
