package id.linimasa.time;

/**
 * One expression found: its span, type and value, the anchor it sets for the story (or null), and the year it
 * sets for the rest of its sentence (or null): "Pada 2019 ..., pada Maret ..." or "tahun ini ... pada Juli".
 */
record Found(int start, int end, TimexType type, String value, Anchor anchor, Integer sentenceYear) {

    Found(int start, int end, TimexType type, String value, Anchor anchor, boolean statesYear) {
        this(start, end, type, value, anchor, statesYear && anchor != null ? Integer.valueOf(anchor.date().getYear()) : null);
    }

    Found(int start, int end, TimexType type, Anchor a, boolean statesYear) {
        this(start, end, type, a.value(), a, statesYear);
    }
}
