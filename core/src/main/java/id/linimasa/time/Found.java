package id.linimasa.time;

/** One expression found: its span, type and value, and the anchor it sets for the story (or null). */
record Found(int start, int end, TimexType type, String value, Anchor anchor, boolean explicitYear) {
    Found(int start, int end, TimexType type, Anchor a, boolean explicitYear) {
        this(start, end, type, a.value(), a, explicitYear);
    }
}
