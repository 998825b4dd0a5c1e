package id.linimasa.event;

/** PLOVER event categories (Political Language Ontology for Verifiable Event Records). */
public enum Plover {
    AGREE, CONSULT, SUPPORT, COOPERATE, AID, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION,
    MOBILIZE, COERCE, ASSAULT, CONCEDE, RETREAT
}
