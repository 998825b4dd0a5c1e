package id.linimasa.text;

/**
 * A half-open character range [start, end) in an article's analysis text
 * ({@link id.linimasa.extract.Article#analysisText()}): the evidence every annotation keeps.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    /** As the record's own, written out: compared on hot paths, where the generated one is not inlined as well. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Span s && s.start == start && s.end == end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
