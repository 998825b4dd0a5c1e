package id.linimasa.entity;

/** The three kinds of names the NER model tags; states are LOC entities with an ISO country code. */
public enum EntityType { PER, LOC, ORG }
