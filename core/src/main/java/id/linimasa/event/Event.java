package id.linimasa.event;

import id.linimasa.text.Span;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One event coded from one sentence: who did what to whom, where and when, with its evidence.
 *
 * @param mode           PLOVER mode where clear ("visit", "meet", "letter", "sign"...), else null
 * @param sources        entity ids of the source actors (states for states and their officials)
 * @param targets        entity ids of the target actors
 * @param location       entity id of where it happened, or null
 * @param date           when it happened; null when neither the clause nor its context says
 * @param sentence       the sentence that says it
 * @param trigger        the words that name the event
 * @param caption        true when the sentence is a photo caption
 * @param sourceEntities the source actors as the text names them (the person, before mapping to a state)
 * @param targetEntities the target actors as the text names them
 */
public record Event(Plover type, String mode, List<String> sources, List<String> targets, String location,
                    EventDate date, Span sentence, Span trigger, double confidence, EventStatus status,
                    boolean caption, List<String> sourceEntities, List<String> targetEntities) {
    public Event {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        sourceEntities = sourceEntities == null ? sources : List.copyOf(sourceEntities);
        targetEntities = targetEntities == null ? targets : List.copyOf(targetEntities);
    }

    /** An event whose actors are named by their state ids only. */
    public Event(Plover type, String mode, List<String> sources, List<String> targets, String location,
                 EventDate date, Span sentence, Span trigger, double confidence, EventStatus status, boolean caption) {
        this(type, mode, sources, targets, location, date, sentence, trigger, confidence, status, caption, null, null);
    }

    /** Whether the text names who acted and, for a type done to someone, to whom: else it is not a timeline fact. */
    public boolean identified() {
        return !sources.isEmpty() && (!type.dyadic() || !targets.isEmpty());
    }

    /** Every actor id, states and named entities, for filtering by entity. */
    public Set<String> involved() {
        Set<String> all = new LinkedHashSet<>(sources);
        all.addAll(targets);
        all.addAll(sourceEntities);
        all.addAll(targetEntities);
        return all;
    }
}
