package id.linimasa.index;

import id.linimasa.event.Plover;

import java.time.LocalDate;

/**
 * A corpus search. Every field but {@code limit} and {@code offset} may be null (no constraint).
 *
 * @param text   words to find in title and body (Indonesian stemming; "quoted phrases", -excluded, a|b)
 * @param from   earliest publication date, inclusive
 * @param to     latest publication date, inclusive
 * @param outlet outlet name as the articles give it, case-insensitive
 * @param entity an entity id or a name the corpus knows ("Korut")
 * @param type   a PLOVER event type some event of the article has
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, String outlet, String entity, Plover type,
                          int limit, int offset) {

    public static final int MAX_LIMIT = 1000;

    public SearchQuery {
        if (limit < 0 || offset < 0) throw new IllegalArgumentException("limit and offset must not be negative");
        limit = Math.min(limit, MAX_LIMIT);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, 10, 0);
    }
}
