package id.linimasa.event;

/**
 * PLOVER event categories (Political Language Ontology for Verifiable Event Records), and one that is not
 * PLOVER's: {@link #STATEMENT}.
 */
public enum Plover {
    AGREE, CONSULT, SUPPORT, COOPERATE, AID, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION,
    MOBILIZE, COERCE, ASSAULT, CONCEDE, RETREAT,
    /**
     * Not a PLOVER category: a public statement by a state's voice about another state that codes as none of
     * the above (PLOVER dropped CAMEO's 01 "make public statement" and codes a statement by what it says). Kept
     * so that a dated statement reaches the timeline, under a name that does not pass it off as PLOVER.
     */
    STATEMENT;

    /** Whether an event of this type is done to someone: without a target it tells too little to be a timeline fact. */
    public boolean dyadic() {
        return this != PROTEST && this != MOBILIZE && this != RETREAT;
    }
}
