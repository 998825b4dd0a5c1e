package id.linimasa.text;

/** One sentence of the analysis text; {@code caption} when it comes from a photo caption, not the body. */
public record Sentence(Span span, boolean caption) {
}
