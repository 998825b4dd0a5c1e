package id.linimasa.entity;

import id.linimasa.text.Span;

/**
 * A name in the text. {@code entityId} points to the canonical {@link Entity} it was linked to, or is null
 * when linking found none.
 */
public record Mention(Span span, String text, EntityType type, String entityId) {
}
