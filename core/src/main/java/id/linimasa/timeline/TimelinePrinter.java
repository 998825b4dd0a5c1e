package id.linimasa.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Timeline rows as the commands print them, in core so that {@code linimasa timeline} (Lucene corpus) and
 * {@code linimasa-spark timeline} (OpenSearch) print the same rows the same way.
 */
public final class TimelinePrinter {

    /** Rows hold strings, enums, lists and spans only: the default mapping is their JSON form. */
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private TimelinePrinter() {
    }

    /** One row a line (date, type/mode, actors, summary, sources), its evidence sentences indented below it. */
    public static void text(PrintWriter out, List<TimelineRow> rows) {
        if (rows.isEmpty()) out.println("no events");
        for (TimelineRow r : rows) {
            out.printf("%-10s  %-8s %s  %s  (%d source%s)%n", r.date(), r.type() + (r.mode() == null ? "" : "/" + r.mode()),
                    String.join(", ", r.actors()), r.summary(), r.sources(), r.sources() == 1 ? "" : "s");
            for (Evidence e : r.evidence()) {
                out.printf("            - %s, %s, %s%s: %s%n", or(e.outlet()), or(e.published()), e.articleId(),
                        e.caption() ? " [caption]" : "", e.sentence());
            }
            if (!r.otherDates().isEmpty()) out.printf("            other dates reported: %s%n", String.join(", ", r.otherDates()));
        }
    }

    /** JSON Lines: one row a line. */
    public static void jsonLines(PrintWriter out, List<TimelineRow> rows) {
        try {
            for (TimelineRow r : rows) out.println(JSON.writeValueAsString(r));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String or(String value) {
        return value == null ? "-" : value;
    }
}
