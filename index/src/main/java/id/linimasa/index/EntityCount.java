package id.linimasa.index;

import id.linimasa.entity.EntityType;

/** An entity and the number of articles that name it. */
public record EntityCount(String id, String name, EntityType type, long articles) {
}
