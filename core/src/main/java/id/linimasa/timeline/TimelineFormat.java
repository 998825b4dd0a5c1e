package id.linimasa.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * Timeline rows as the commands print them, in core so that {@code linimasa timeline} (Lucene corpus) and
 * {@code linimasa-spark timeline} (OpenSearch) show the same rows the same way.
 */
public final class TimelineFormat {

    /** Rows hold strings, enums, lists and spans only: the default mapping is their JSON form. */
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private TimelineFormat() {
    }

    /** One row a line (date, type/mode, actors, summary, sources), its evidence sentences indented below it. */
    public static String text(List<TimelineRow> rows) {
        if (rows.isEmpty()) return String.format("no events%n");
        StringBuilder sb = new StringBuilder();
        for (TimelineRow r : rows) {
            sb.append(String.format("%-10s  %-8s %s  %s  (%d source%s)%n", r.date(), r.type() + (r.mode() == null ? "" : "/" + r.mode()),
                    String.join(", ", r.actors()), r.summary(), r.sources(), r.sources() == 1 ? "" : "s"));
            for (Evidence e : r.evidence()) {
                sb.append(String.format("            - %s, %s, %s%s: %s%n", or(e.outlet()), or(e.published()), e.articleId(),
                        e.caption() ? " [caption]" : "", e.sentence()));
            }
            if (!r.otherDates().isEmpty()) sb.append(String.format("            other dates reported: %s%n", String.join(", ", r.otherDates())));
        }
        return sb.toString();
    }

    /** The row as one line of JSON (a line of {@code --format json}'s JSON Lines). */
    public static String json(TimelineRow row) {
        try {
            return JSON.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String or(String value) {
        return value == null ? "-" : value;
    }
}
