package id.linimasa.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.linimasa.Analysis;
import id.linimasa.entity.EntityType;
import id.linimasa.index.Corpus;
import id.linimasa.index.EntityCount;
import id.linimasa.index.EntityReport;
import id.linimasa.index.FacetCount;
import id.linimasa.index.Json;
import id.linimasa.index.QuoteRow;
import id.linimasa.index.SearchQuery;
import id.linimasa.index.SearchResult;
import id.linimasa.index.StoredArticle;
import id.linimasa.index.StorySummary;
import id.linimasa.timeline.TimelineQuery;
import id.linimasa.index.TimelinePage;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static id.linimasa.app.web.Endpoint.Param.one;

/**
 * The read-only REST API over a corpus: each endpoint turns checked parameters into one corpus call
 * and shapes the answer for JSON. Nothing here touches the file system; ids only ever become index terms.
 */
final class Api {

    static final int MAX_ID = 200;
    static final int QUOTES_PER_ENTITY = 100;

    private static final List<Endpoint.Param> PAGING = List.of(one("limit"), one("offset"));

    static final String OPENAPI_RESOURCE = "/id/linimasa/app/web/openapi.json";
    /** The OpenAPI 3 description of these endpoints, written by hand and checked against them by a test. */
    static final JsonNode OPENAPI = openApi();

    private final Corpus corpus;

    Api(Corpus corpus) {
        this.corpus = corpus;
    }

    List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("/api/articles", with(PAGING, one("q"), one("from"), one("to"), one("outlet"), one("entity"), one("type")), 20, 100, this::articles),
                new Endpoint("/api/articles/{id}", List.of(), 0, 0, this::article),
                new Endpoint("/api/entities", with(PAGING, one("q"), one("type")), 50, 500, this::entities),
                new Endpoint("/api/entities/{id}", List.of(), 0, 0, this::entity),
                new Endpoint("/api/events", with(PAGING, new Endpoint.Param("entity", 2), one("from"), one("to"), one("type"), one("outlet")), 100, 1000, this::events),
                new Endpoint("/api/timeline", with(PAGING, new Endpoint.Param("entity", 2), one("from"), one("to"), one("type"), one("outlet")), 500, 1000, this::timeline),
                new Endpoint("/api/stories", with(PAGING, one("from"), one("to"), one("minArticles")), 30, 200, this::stories),
                new Endpoint("/api/stories/{id}", List.of(), 0, 0, this::story),
                new Endpoint("/api/stats", List.of(), 0, 0, (ctx, p) -> corpus.stats()),
                new Endpoint("/api/openapi.json", List.of(), 0, 0, (ctx, p) -> OPENAPI));
    }

    private static List<Endpoint.Param> with(List<Endpoint.Param> base, Endpoint.Param... more) {
        List<Endpoint.Param> all = new ArrayList<>(List.of(more));
        all.addAll(base);
        return all;
    }

    private Object articles(Context ctx, Params p) throws IOException {
        Endpoint e = endpoint(ctx);
        LocalDate[] range = p.dateRange();
        int limit = p.limit(e), offset = p.offset();
        SearchResult r = corpus.search(new SearchQuery(p.text("q"), range[0], range[1], p.text("outlet"), p.text("entity"),
                p.ploverType(), limit, offset));
        return new SearchListing(r.total(), limit, offset, r.hits(), r.facets(), r.facetsEstimated(), r.facetSample());
    }

    /** A search page: the hits and the facet counts of everything that matched. */
    record SearchListing(long total, int limit, int offset, List<SearchResult.Hit> items, Map<String, List<FacetCount>> facets,
                         boolean facetsEstimated, long facetSample) {
    }

    private Object article(Context ctx, Params p) throws IOException {
        String id = pathId(ctx);
        StoredArticle stored = corpus.article(id).orElseThrow(() -> ApiException.notFound("no article '" + id + "'"));
        Analysis a = stored.analysis();
        ObjectNode out = Json.mapper().valueToTree(a.article());
        out.put("analysisText", a.text());
        out.put("captionStart", Math.min(a.article().captionStart(), a.text().length()));
        out.set("sentences", Json.mapper().valueToTree(a.sentences()));
        out.set("mentions", Json.mapper().valueToTree(a.mentions()));
        out.set("entities", Json.mapper().valueToTree(a.entities()));
        out.set("timexes", Json.mapper().valueToTree(a.timexes()));
        out.set("quotes", Json.mapper().valueToTree(a.quotes()));
        out.set("events", Json.mapper().valueToTree(a.events()));
        out.put("storyId", stored.storyId());
        out.put("duplicateOf", stored.duplicateOf());
        out.set("related", Json.mapper().valueToTree(stored.related()));
        return out;
    }

    private Object entities(Context ctx, Params p) throws IOException {
        Endpoint e = endpoint(ctx);
        EntityType type = entityType(p.text("type"));
        String q = p.text("q");
        int limit = p.limit(e), offset = p.offset();
        List<EntityCount> all = corpus.entities(type, Integer.MAX_VALUE); // remembered per commit by the corpus
        if (q != null) {
            String needle = q.toLowerCase(Locale.ROOT);
            all = all.stream().filter(c -> c.name() != null && c.name().toLowerCase(Locale.ROOT).contains(needle)).toList();
        }
        return Listing.of(all, limit, offset);
    }

    private static EntityType entityType(String v) {
        if (v == null) return null;
        try {
            return EntityType.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("parameter 'type': '" + v + "' is not an entity type (PER, LOC, ORG)");
        }
    }

    private Object entity(Context ctx, Params p) throws IOException {
        String id = pathId(ctx);
        EntityReport r = corpus.entity(id).orElseThrow(() -> ApiException.notFound("no entity '" + id + "'"));
        List<QuoteRow> quotes = corpus.quotes(r.entity().id());
        ObjectNode out = Json.mapper().valueToTree(r);
        out.put("quoteCount", quotes.size());
        out.set("quotes", Json.mapper().valueToTree(quotes.subList(Math.max(0, quotes.size() - QUOTES_PER_ENTITY), quotes.size())));
        return out;
    }

    private Object events(Context ctx, Params p) throws IOException {
        return rows(ctx, p, false);
    }

    private Object timeline(Context ctx, Params p) throws IOException {
        return rows(ctx, p, true);
    }

    /** Timeline rows, each with the story its first report belongs to, so that views can group them. */
    private Object rows(Context ctx, Params p, boolean entityRequired) throws IOException {
        Endpoint e = endpoint(ctx);
        // names are resolved by the corpus, per commit
        List<String> entities = p.all("entity");
        if (entityRequired && entities.isEmpty()) throw ApiException.badRequest("parameter 'entity' is required (one or two entities)");
        if (entityRequired) {
            // a name that matches nothing is not an empty timeline: say which one, so that a typo shows as one
            for (String name : entities) {
                if (corpus.resolveEntity(name).isEmpty()) throw ApiException.notFound("no entity '" + name + "' in the corpus: no id, name or alias matches it");
            }
        }
        LocalDate[] range = p.dateRange();
        int limit = p.limit(e), offset = p.offset();
        TimelinePage page = corpus.timeline(new TimelineQuery(entities, range[0], range[1], p.ploverTypes(), p.outlets()), offset, limit);
        // the rows are stored as the JSON this answer gives: sent as they are, not read and written again
        return new Listing<>(page.total(), limit, offset, page.entries());
    }

    private Object stories(Context ctx, Params p) throws IOException {
        Endpoint e = endpoint(ctx);
        LocalDate[] range = p.dateRange();
        int minArticles = p.atLeastOne("minArticles");
        List<StorySummary> stories = corpus.stories(range[0], range[1]);
        if (minArticles > 1) stories = stories.stream().filter(s -> s.articles() >= minArticles).toList();
        return Listing.of(stories, p.limit(e), p.offset());
    }

    private Object story(Context ctx, Params p) throws IOException {
        String id = pathId(ctx);
        return corpus.story(id).orElseThrow(() -> ApiException.notFound("no story '" + id + "'"));
    }

    private static JsonNode openApi() {
        try (InputStream in = Api.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + OPENAPI_RESOURCE);
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Endpoint endpoint(Context ctx) {
        return ctx.attribute(WebServer.ENDPOINT);
    }

    /** The {id} of the path: bounded and free of control characters; it is only ever used as an index term. */
    static String pathId(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isBlank() || id.length() > MAX_ID || id.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("bad id: expected 1 to " + MAX_ID + " printable characters");
        }
        return id;
    }
}
