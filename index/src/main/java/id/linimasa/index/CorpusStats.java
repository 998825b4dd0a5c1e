package id.linimasa.index;

/** Corpus totals; {@code first}/{@code last} are the earliest and latest publication dates (null when empty). */
public record CorpusStats(long articles, long duplicates, long stories, long outlets, long entities, long events,
                          String first, String last) {
}
