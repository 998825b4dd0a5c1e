package id.linimasa.event;

/** PLOVER event categories (Political Language Ontology for Verifiable Event Records). */
public enum Plover {
    AGREE, CONSULT, SUPPORT, COOPERATE, AID, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION,
    MOBILIZE, COERCE, ASSAULT, CONCEDE, RETREAT;

    /** Whether an event of this type is done to someone: without a target it tells too little to be a timeline fact. */
    public boolean dyadic() {
        return this != PROTEST && this != MOBILIZE && this != RETREAT;
    }
}
