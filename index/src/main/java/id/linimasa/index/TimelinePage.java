package id.linimasa.index;

import java.util.List;

/**
 * Part of a timeline: {@code total} rows match, and {@code entries} are those from the requested offset on.
 */
public record TimelinePage(int total, List<TimelineEntry> entries) {

    public TimelinePage {
        entries = List.copyOf(entries);
    }
}
