package id.linimasa.story;

import id.linimasa.Analysis;
import id.linimasa.event.Event;
import id.linimasa.event.EventStatus;
import id.linimasa.entity.Entity;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What story clustering compares between two articles: their texts (as sketches), the entities they
 * name, and the events they assert (type and date), plus when they were published.
 *
 * @param published  publication date, or null when the page gives none
 * @param entities   ids of the entities it names (the index finds candidates by them)
 * @param eventKeys  "TYPE@date" of the asserted, dated events
 * @param names      what it is about, as {@link TopicNames} compares it
 */
public record StoryFeatures(String articleId, LocalDate published, TextSignature signature, Set<String> entities,
                            Set<String> eventKeys, int bodyLength, Set<String> names) {

    public StoryFeatures {
        entities = Set.copyOf(entities);
        eventKeys = Set.copyOf(eventKeys);
        names = Set.copyOf(names);
    }

    public static StoryFeatures of(Analysis a) {
        var published = a.article().published() == null ? null : a.article().published().date();
        Set<String> entities = a.entities().stream().map(Entity::id).collect(Collectors.toSet());
        return new StoryFeatures(a.article().id(), published, TextSignature.of(a.article().title(), a.article().text()), entities,
                eventKeys(a), a.article().text().length(), TopicNames.of(a));
    }

    static Set<String> eventKeys(Analysis a) {
        return a.events().stream()
                .filter(e -> e.status() == EventStatus.ASSERTED && e.date() != null)
                .map(StoryFeatures::key)
                .collect(Collectors.toSet());
    }

    private static String key(Event e) {
        return e.type() + "@" + e.date().value();
    }
}
