package id.linimasa.event;

import id.linimasa.text.WordSet;

import java.util.List;
import java.util.Set;

/**
 * One way the text names an event: a sequence of word slots (each a set of surface forms), with the PLOVER
 * type and mode it codes and the frame that says which side is the source.
 *
 * @param slots   surface forms of each slot, in text order
 * @param passive true for a di- form, whose grammatical subject is the target
 * @param verb    index of the slot holding the verb (the object of a passive may come first)
 */
public record EventPattern(Plover type, String mode, Frame frame, List<Set<String>> slots, boolean passive, int verb) {

    /** Which side of the trigger the source and target stand on; see the lexicon's header. */
    public enum Frame { ST, SYM, HOST, NOUN }

    public EventPattern {
        slots = slots.stream().<Set<String>>map(WordSet::copyOf).toList();
    }

    /** Directed events keep their direction when merged; symmetric ones (meetings, agreements) do not. */
    public boolean symmetric() {
        return frame == Frame.SYM;
    }
}
