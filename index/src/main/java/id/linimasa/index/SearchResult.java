package id.linimasa.index;

import java.util.List;
import java.util.Map;

/**
 * One page of search hits and the counts of all matching articles by facet: "outlet", "month"
 * ("2025-02"), "entity" (id, labelled with its name) and "type" (PLOVER event type).
 *
 * @param facetsEstimated the facet counts are estimated from a random sample of the matches (there were too many to
 *                        count each); {@code total} is always exact
 * @param facetSample     how many of the matches the facets were counted over: {@code total} unless estimated
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, boolean facetsEstimated,
                           long facetSample) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * @param published  ISO-8601, or null
     * @param snippet    the best passages of the body, with the matched words marked
     * @param duplicateOf id of the article this one is a syndicated copy of, or null
     */
    public record Hit(String id, String title, String outlet, String published, float score, Snippet snippet,
                      String storyId, String duplicateOf) {
    }
}
