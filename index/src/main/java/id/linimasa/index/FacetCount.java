package id.linimasa.index;

/** How many articles have {@code value} in a facet; {@code label} is what to show (an entity's name for its id). */
public record FacetCount(String value, String label, long count) {
}
