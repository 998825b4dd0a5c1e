package id.linimasa.timeline;

import id.linimasa.text.Span;

/** One article's sentence that reports an event: the click-through from a timeline row to its source. */
public record Evidence(String articleId, String outlet, String published, String sentence, Span span, boolean caption) {
}
