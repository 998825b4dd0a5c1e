package id.linimasa.time;

import id.linimasa.text.Span;

/**
 * A temporal expression, normalised in the TIMEX3 sense: {@code value} like "2025-02-27", "2025-02",
 * "2014-12-30T06:14", "P3Y" or "PRESENT_REF", resolved against the publication time or the narrative anchor.
 */
public record Timex(Span span, String text, TimexType type, String value) {
}
