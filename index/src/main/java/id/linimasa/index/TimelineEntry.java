package id.linimasa.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import id.linimasa.timeline.TimelineRow;

import java.io.UncheckedIOException;

/**
 * A timeline row with the story of its first report (so that a view can group rows by story without reading their
 * articles), kept as the JSON object the corpus stores: the row's fields plus {@code story} and {@code storyTitle}.
 * A server can send it as it is; {@link #row} reads it.
 */
public record TimelineEntry(String json) {

    public TimelineRow row() {
        try {
            return Json.mapper().readValue(json, TimelineRow.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("timeline row unreadable", e);
        }
    }

    /** The first report's story; null when unknown. */
    public String storyId() {
        return text("story");
    }

    /** That report's title, to name the group. */
    public String storyTitle() {
        return text("storyTitle");
    }

    private String text(String field) {
        try {
            JsonNode v = Json.mapper().readTree(json).get(field);
            return v == null || v.isNull() ? null : v.asText();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("timeline row unreadable", e);
        }
    }
}
