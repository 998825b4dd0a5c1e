package id.linimasa.index;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.RawValue;
import id.linimasa.timeline.TimelineRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * A timeline row with the story of its first report (so that a view can group rows by story without reading their
 * articles), kept as the UTF-8 JSON object the corpus stores: the row's fields plus {@code story} and
 * {@code storyTitle}. Serialised, it is written as it is (a server sends the stored bytes: decoding them to a string
 * and encoding it again was about a fifth of a timeline request's CPU, JFR); {@link #row} reads it.
 *
 * @param utf8 the row's JSON; the entry keeps this array, so its maker must not change it afterwards
 */
public record TimelineEntry(byte[] utf8) {

    /** A copy: the entry's own bytes never change. */
    @Override
    public byte[] utf8() {
        return utf8.clone();
    }

    @JsonValue
    RawValue json() {
        return new RawValue(new RawUtf8(utf8));
    }

    public TimelineRow row() {
        try {
            return Json.mapper().readValue(utf8, TimelineRow.class);
        } catch (IOException e) {
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
            JsonNode v = Json.mapper().readTree(utf8).get(field);
            return v == null || v.isNull() ? null : v.asText();
        } catch (IOException e) {
            throw new UncheckedIOException("timeline row unreadable", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimelineEntry e && Arrays.equals(utf8, e.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    @Override
    public String toString() {
        return new String(utf8, UTF_8);
    }
}
