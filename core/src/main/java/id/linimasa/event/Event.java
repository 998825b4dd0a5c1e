package id.linimasa.event;

import id.linimasa.text.Span;

import java.util.List;

/**
 * One event coded from one sentence: who did what to whom, where and when, with its evidence.
 *
 * @param mode     PLOVER mode where clear ("visit", "meet", "letter", "sign"...), else null
 * @param sources  entity ids of the source actors (states for states and their officials)
 * @param targets  entity ids of the target actors
 * @param location entity id of where it happened, or null
 * @param date     when it happened; null when neither the clause nor its context says
 * @param sentence the sentence that says it
 * @param trigger  the words that name the event
 * @param caption  true when the sentence is a photo caption
 */
public record Event(Plover type, String mode, List<String> sources, List<String> targets, String location,
                    EventDate date, Span sentence, Span trigger, double confidence, EventStatus status,
                    boolean caption) {
    public Event {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }
}
