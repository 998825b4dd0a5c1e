package id.linimasa.index;

import id.linimasa.entity.Entity;
import id.linimasa.entity.Role;

import java.util.List;

/**
 * What the corpus says about one entity: the entity (names and aliases gathered from all articles), how
 * many articles name it and when, who appears with it most, the roles articles give it (dated by the
 * article), and how many of its quotes the corpus holds.
 */
public record EntityReport(Entity entity, long articles, String first, String last, List<EntityCount> cooccurring,
                           List<DatedRole> roles, int quotes) {

    public EntityReport {
        cooccurring = List.copyOf(cooccurring);
        roles = List.copyOf(roles);
    }

    public record DatedRole(Role role, String published, String articleId) {
    }
}
