package id.linimasa.story;

import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides how two articles relate: a near-duplicate (the same body republished under other clutter),
 * the same story told by another report (shared words, entities and dated events, published close
 * together), or unrelated.
 */
public final class StoryMatcher {

    public enum Relation { DUPLICATE, SAME_STORY, UNRELATED }

    public record Match(Relation relation, double score) {
    }

    /** Estimated 4-word-shingle Jaccard above which one body is a copy of the other. */
    static final double DUPLICATE = 0.6;
    /**
     * Combined score from which two reports are one story. Measured on the seeds and the example pages:
     * reports on unrelated topics score up to 0.06; reports on one topic within a week 0.12 to 0.25
     * before events are counted (a shared dated event adds 0.2).
     */
    static final double SAME_STORY = 0.12;
    /** Reports of one story are published within this many days of each other. */
    public static final int MAX_DAYS_APART = 7;

    public Match compare(StoryFeatures a, StoryFeatures b) {
        if (a.bodyLength() == 0 || b.bodyLength() == 0) return new Match(Relation.UNRELATED, 0);
        double dup = a.signature().duplicateSimilarity(b.signature());
        if (dup >= DUPLICATE) return new Match(Relation.DUPLICATE, dup);
        if (a.published() != null && b.published() != null
                && Math.abs(ChronoUnit.DAYS.between(a.published(), b.published())) > MAX_DAYS_APART) {
            return new Match(Relation.UNRELATED, 0);
        }
        double entities = jaccard(a.entities(), b.entities());
        double score = 0.5 * a.signature().wordSimilarity(b.signature()) + 0.3 * entities
                + 0.2 * (shareAny(a.eventKeys(), b.eventKeys()) ? 1 : 0);
        // one story is about someone or something: no shared entity, no story
        boolean same = score >= SAME_STORY && entities > 0;
        return new Match(same ? Relation.SAME_STORY : Relation.UNRELATED, score);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 0;
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) (a.size() + b.size() - union.size()) / union.size();
    }

    private static boolean shareAny(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }
}
