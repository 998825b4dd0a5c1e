package id.linimasa.extract;

/** What a block is, as far as its own features tell (neighbours decide the rest). */
enum BlockLabel {
    /** Running prose: long enough, dense in function words, few links. */
    BODY,
    /** A headline-like line: short, no sentence punctuation; kept only when prose follows. */
    HEADING,
    /** Short text that is neither clearly prose nor clutter; its neighbours decide. */
    SHORT,
    /** A photo caption. */
    CAPTION,
    /** The short title over a photo or infographic caption ("Kim Jong-un", "Infografis ..."): neither body nor caption. */
    PHOTO_TITLE,
    /** Prose inside an element named as comments, related stories, a sidebar: counts against its region. */
    ASIDE,
    /** Date lines, bylines, credit lines: metadata, not body. */
    METADATA,
    /** Share buttons, "Baca Juga" inserts, prompts, promos, counters, link lists. */
    CLUTTER,
    /** A label that opens a non-article section: "Berita Terkait", "Populer", "Disclaimer", "Comments". */
    BOUNDARY
}
