package id.linimasa.index;

import id.linimasa.entity.EntityCatalog;
import id.linimasa.entity.NameVotes;
import id.linimasa.entity.EntityType;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The corpus's entities: which id a name stands for, the name and type of an id, and the most named ones.
 * Answers are cached for the current reader; {@link #clear} when it changes.
 */
final class EntityDirectory {

    private static final int CACHED_NAMES = 10_000;

    /** id to "id\ttype\tname". */
    private final Map<String, String> refs = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> resolved = new ConcurrentHashMap<>();

    void clear() {
        refs.clear();
        resolved.clear();
    }

    /**
     * An entity id for an id, a name or alias (any case) that the corpus's articles use, or a name the entity
     * catalog knows for an entity the corpus has. When several entities answer to the name, one whose canonical
     * name it is wins over one that only has it as an alias ("Talmora" the state, not a person also called so),
     * then the one more articles give that name.
     */
    Optional<String> resolve(CorpusView view, String nameOrId) throws IOException {
        if (nameOrId == null || nameOrId.isBlank()) return Optional.empty();
        Optional<String> known = resolved.get(nameOrId);
        if (known != null) return known;
        Optional<String> found = lookUp(view, nameOrId);
        if (resolved.size() < CACHED_NAMES) resolved.put(nameOrId, found);
        return found;
    }

    /** {@link #resolve} for callers that cannot throw. */
    Function<String, Optional<String>> resolver(CorpusView view) {
        return name -> {
            try {
                return resolve(view, name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** The entity's name as its articles give it, or the id when no article names it. */
    String name(CorpusView view, String id) {
        try {
            String[] ref = ref(view, id);
            return ref == null ? id : ref[2];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An entity with the number of articles that name it, labelled with its name and type when known. */
    EntityCount count(CorpusView view, String id, long articles) throws IOException {
        String[] ref = ref(view, id);
        return new EntityCount(id, ref == null ? id : ref[2], ref == null ? null : EntityType.valueOf(ref[1]), articles);
    }

    /** Every entity (of one type, or all when null), the most named first, by number of articles; immutable, as it is memoised and shared across threads. */
    List<EntityCount> all(CorpusView view, EntityType type) throws IOException {
        if (view.facets() == null) return List.of();
        Facets counts = new SortedSetDocValuesFacetCounts(view.facets());
        List<EntityCount> out = new ArrayList<>();
        for (FacetCount fc : ArticleSearch.top(counts, ArticleDocument.F_ENTITY, Integer.MAX_VALUE, Function.identity())) {
            EntityCount c = count(view, fc.value(), fc.count());
            if (type != null && c.type() != type) continue;
            out.add(c);
        }
        return List.copyOf(out);
    }

    private Optional<String> lookUp(CorpusView view, String nameOrId) throws IOException {
        String trimmed = nameOrId.trim();
        if (view.searcher().count(new TermQuery(new Term(ArticleDocument.ENTITY, trimmed))) > 0) return Optional.of(trimmed);
        String key = ArticleDocument.entityKey(trimmed);
        NameVotes votes = new NameVotes();
        ArticleValues values = new ArticleValues(view.reader());
        for (ScoreDoc sd : view.searcher().search(new TermQuery(new Term(ArticleDocument.ENTITY_ALIAS, key)), NameVotes.ARTICLES, Sort.INDEXORDER).scoreDocs) {
            votes.article(values.entitiesNamed(key, sd.doc));
        }
        if (votes.isEmpty()) {
            // a name no article used, but the catalog knows ("DPRK" in a corpus that only writes "Korut")
            for (String id : EntityCatalog.standard().lookup(trimmed)) {
                if (view.searcher().count(new TermQuery(new Term(ArticleDocument.ENTITY, id))) > 0) return Optional.of(id);
            }
        }
        return votes.winner(id -> isCanonicalName(view, id, key));
    }

    private boolean isCanonicalName(CorpusView view, String id, String key) {
        return ArticleDocument.entityKey(name(view, id)).equals(key);
    }

    /** The entity's id, type and name as the first article naming it stores them; null when none does. */
    private String[] ref(CorpusView view, String id) throws IOException {
        String cached = refs.get(id);
        if (cached != null) return cached.split("\t", 3);
        Document d = view.first(new TermQuery(new Term(ArticleDocument.ENTITY, id)), ArticleDocument.ENTITY_REFS);
        if (d == null) return null;
        for (String[] ref : ArticleDocument.entityRefs(d)) {
            if (ref[0].equals(id)) {
                refs.put(id, String.join("\t", ref));
                return ref;
            }
        }
        return null;
    }
}
