package id.linimasa.entity;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which entity a name stands for in a corpus, by the articles that use it: each of the first {@link #ARTICLES} such
 * articles votes once for every entity of it that goes by the name; an entity whose canonical name it is wins, then
 * the one with more votes. The corpus (Lucene or OpenSearch) finds the articles and says which names are canonical.
 */
public final class NameVotes {

    /** A name is looked up in this many articles that use it. */
    public static final int ARTICLES = 20;

    private final Map<String, Integer> votes = new HashMap<>();

    /** How names are compared: trimmed, lower case. */
    public static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /** One article's vote: the ids of its entities that go by the name. */
    public void article(Collection<String> ids) {
        ids.stream().distinct().forEach(id -> votes.merge(id, 1, Integer::sum));
    }

    /** Whether no article gave the name to any entity. */
    public boolean isEmpty() {
        return votes.isEmpty();
    }

    /** The entity the name stands for: a canonical owner first, then the most votes; empty when no article voted. */
    public Optional<String> winner(Predicate<String> canonical) {
        return votes.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Integer> e) -> canonical.test(e.getKey())).thenComparing(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }
}
