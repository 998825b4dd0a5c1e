package id.linimasa.event;

import id.linimasa.text.Span;

/**
 * When an event happened, as precisely as the text allows.
 *
 * @param value     "YYYY", "YYYY-MM" or "YYYY-MM-DD"
 * @param timexSpan the time expression the date came from; null when it came from context
 */
public record EventDate(String value, Precision precision, Span timexSpan) {
}
