package id.linimasa.entity;

import java.util.List;

/**
 * A canonical entity: one id for every way the text names it ("Korut", "Korea Utara", "DPRK").
 *
 * @param id      stable id: ISO 3166 alpha-3 for countries ("PRK"), else type-prefixed slug ("per:vladimir_putin")
 * @param country ISO alpha-3 code of the state the entity is or belongs to, when known
 * @param roles   roles given in the article at hand (empty in the gazetteer)
 */
public record Entity(String id, EntityType type, String name, List<String> aliases, String country, List<Role> roles) {
    public Entity {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }
}
