package id.linimasa.index;

import java.util.List;

/**
 * A story in brief: its first article's title, when it was first and last reported, by which outlets,
 * in how many articles (syndicated copies counted apart).
 */
public record StorySummary(String id, String title, String first, String last, List<String> outlets, int articles,
                           int copies) {
    public StorySummary {
        outlets = List.copyOf(outlets);
    }
}
