package id.linimasa.app;

/** How data-printing commands print: for people, or as JSON (Lines). */
public enum Format { text, json }
