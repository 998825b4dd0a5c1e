package id.linimasa.event;

/** Whether the text asserts an event happened, or only mentions it. */
public enum EventStatus { ASSERTED, NEGATED, PLANNED, HYPOTHETICAL, REPORTED }
