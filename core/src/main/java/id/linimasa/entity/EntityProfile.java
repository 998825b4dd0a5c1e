package id.linimasa.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * What a corpus says about one entity: the names it goes by, the roles articles give it over time, how often
 * and where it is mentioned, and the entities it appears with most.
 *
 * @param aliases    the names seen in the text, most frequent first
 * @param roles      roles in order of the publication date of the articles that state them
 * @param mentions   mentions over all articles
 * @param articles   articles that mention it
 * @param companions entities named in the same articles, most shared articles first
 * @param firstSeen  publication date of the earliest dated article that mentions it, or null
 * @param lastSeen   publication date of the latest one, or null
 */
public record EntityProfile(String id, EntityType type, String name, String country, List<String> aliases,
                            List<DatedRole> roles, int mentions, int articles, List<Companion> companions,
                            LocalDate firstSeen, LocalDate lastSeen) {

    public EntityProfile {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        companions = List.copyOf(companions);
    }

    /** A role as one article states it, dated by that article's publication (null when undated). */
    public record DatedRole(String title, String affiliation, LocalDate date, String articleId) {
    }

    /** Another entity and the number of articles the two share. */
    public record Companion(String id, String name, int articles) {
    }
}
