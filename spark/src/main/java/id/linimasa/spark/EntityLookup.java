package id.linimasa.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.linimasa.entity.EntityCatalog;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static id.linimasa.spark.OpenSearch.JSON;

/**
 * The entities of the article documents: which id a name stands for, resolved as the Lucene corpus does
 * (id.linimasa.index.EntityDirectory), and the names of ids.
 */
final class EntityLookup {

    /** A name is looked up in this many articles that use it, as the Lucene corpus does. */
    private static final int VOTING_ARTICLES = 20;

    private final OpenSearch os;
    private final String articles;

    EntityLookup(OpenSearch os, String articlesIndex) {
        this.os = os;
        this.articles = articlesIndex;
    }

    /**
     * An entity id for an id, a name or alias (any case) that the articles use, or a name the entity catalog knows
     * for an entity the articles have. When several entities answer to the name, one whose canonical name it is wins,
     * then the one more articles give that name.
     */
    Optional<String> resolve(String nameOrId) throws IOException {
        if (nameOrId == null || nameOrId.isBlank()) return Optional.empty();
        String trimmed = nameOrId.trim();
        if (named(trimmed)) return Optional.of(trimmed);
        String key = key(trimmed);
        ObjectNode q = JSON.createObjectNode();
        q.put("size", VOTING_ARTICLES);
        ArrayNode should = q.putObject("query").putObject("bool").put("minimum_should_match", 1).putArray("should");
        should.addObject().putObject("term").put("entity_names", trimmed);
        should.addObject().putObject("term").putObject("entity_ids").put("value", trimmed).put("case_insensitive", true);
        q.putArray("sort").addObject().put("page_sha", "asc");
        q.putArray("_source").add("entities");
        Map<String, Integer> votes = new HashMap<>();
        Set<String> canonical = new HashSet<>();
        for (JsonNode hit : os.search(articles, q).path("hits").path("hits")) {
            Set<String> ids = new HashSet<>();
            for (JsonNode e : hit.path("_source").path("entities")) {
                String id = e.path("id").asText();
                boolean byName = key(e.path("name").asText()).equals(key);
                if (byName) canonical.add(id);
                boolean byAlias = false;
                for (JsonNode alias : e.path("aliases")) byAlias |= key(alias.asText()).equals(key);
                if (byName || byAlias || key(id).equals(key)) ids.add(id);
            }
            ids.forEach(id -> votes.merge(id, 1, Integer::sum));
        }
        if (votes.isEmpty()) {
            // a name no article used, but the catalog knows ("DPRK" in a corpus that only writes "Korut")
            for (String id : EntityCatalog.standard().lookup(trimmed)) if (named(id)) return Optional.of(id);
        }
        return votes.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Integer> e) -> canonical.contains(e.getKey())).thenComparing(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }

    /**
     * The names of these ids as the first article naming each gives them (articles in page hash order); an id no
     * article names is left out. One request: a bucket per id with its first article.
     */
    Map<String, String> names(Collection<String> ids) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) return names;
        List<String> wanted = List.copyOf(new HashSet<>(ids));
        ObjectNode q = JSON.createObjectNode();
        q.put("size", 0);
        ArrayNode terms = q.putObject("query").putObject("terms").putArray("entity_ids");
        wanted.forEach(terms::add);
        ObjectNode byId = q.putObject("aggs").putObject("by_id");
        ObjectNode agg = byId.putObject("terms").put("field", "entity_ids").put("size", wanted.size());
        ArrayNode include = agg.putArray("include");
        wanted.forEach(include::add);
        ObjectNode first = byId.putObject("aggs").putObject("first").putObject("top_hits").put("size", 1);
        first.putArray("sort").addObject().put("page_sha", "asc");
        first.putArray("_source").add("entities");
        for (JsonNode bucket : os.search(articles, q).path("aggregations").path("by_id").path("buckets")) {
            String id = bucket.path("key").asText();
            for (JsonNode e : bucket.path("first").path("hits").path("hits").path(0).path("_source").path("entities")) {
                if (e.path("id").asText().equals(id)) names.put(id, e.path("name").asText());
            }
        }
        return names;
    }

    /** Whether some article has an entity of this id. */
    private boolean named(String id) throws IOException {
        ObjectNode q = JSON.createObjectNode();
        q.put("size", 0).put("terminate_after", 1);
        q.putObject("query").putObject("term").put("entity_ids", id);
        return os.search(articles, q).path("hits").path("total").path("value").asLong() > 0;
    }

    /** As the Lucene corpus compares names: trimmed, lower case. */
    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
