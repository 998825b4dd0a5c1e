package id.linimasa.event;

import id.linimasa.entity.EntityType;
import id.linimasa.event.ActorFinder.SentenceWords;
import id.linimasa.event.ActorFinder.Side;
import id.linimasa.event.Words.Word;
import id.linimasa.text.Sentence;
import id.linimasa.text.Span;

import java.util.List;
import java.util.Optional;

/**
 * A photo caption that shows people of two states together at a place, with no verb ("Putin dan Kim di
 * Pyongyang, Rabu (19/6/2024)"), records a meeting: the caption convention for one.
 */
final class CaptionMeeting {

    /** How far into a caption the first of the people pictured may stand. */
    private static final int LEAD = 4;

    private CaptionMeeting() {
    }

    static Optional<Event> find(ActorFinder actors, EventDater dater, SentenceWords sw, Sentence sentence) {
        List<Word> words = sw.words();
        int first = -1;
        for (int i = 0; i < Math.min(words.size(), LEAD); i++) {
            if (sw.mentionAt()[i] != null && sw.mentionAt()[i].type() == EntityType.PER) {
                first = i;
                break;
            }
        }
        if (first < 0) return Optional.empty();
        int end = first;
        // names, "dan", and the titles between them, capitalised or not ("Putin dan pemimpin Korea Utara Kim")
        while (end < words.size() && (sw.mentionAt()[end] != null || words.get(end).is("dan")
                || ActorFinder.OFFICIALS.in(words.get(end))
                || !words.get(end).punct() && actors.capitalised(sw, end))) end++;
        Side group = actors.after(sw, first, end);
        boolean together = words.subList(first, end).stream().anyMatch(w -> w.is("dan"));
        if (!together || end >= words.size() || !words.get(end).is("di") || group.states().size() != 2
                || !group.states().stream().allMatch(actors::actsAsState)) return Optional.empty();
        Side[] sides = group.split();
        EventDater.Dated dated = dater.date(words, 0, words.size(), first, end - 1, List.of(), false, null);
        String location = actors.location(sw, first, end, words.size(), false);
        Span trigger = new Span(words.get(first).span().start(), words.get(end - 1).span().end());
        return Optional.of(new Event(Plover.CONSULT, "meet", sides[0].states(), sides[1].states(), location,
                dated == null ? null : dated.date(), sentence.span(), trigger, 0.5, EventStatus.ASSERTED, true,
                sides[0].named(), sides[1].named()));
    }
}
