package id.linimasa.story;

import java.time.temporal.ChronoUnit;
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
     * before events are counted (a shared dated event adds 0.2). On the story gold set
     * (examples/stories/id) reports of different stories naming the same countries score up to 0.11.
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
        double names = weightedJaccard(a.names(), b.names());
        double score = 0.5 * a.signature().wordSimilarity(b.signature()) + 0.3 * names
                + 0.2 * (shareAny(a.eventKeys(), b.eventKeys()) ? 1 : 0);
        // one story is about someone or something: no shared name, no story
        boolean same = score >= SAME_STORY && names > 0;
        return new Match(same ? Relation.SAME_STORY : Relation.UNRELATED, score);
    }

    /** Jaccard similarity with each name counted at its {@link TopicNames#weight}. */
    private static double weightedJaccard(Set<String> a, Set<String> b) {
        double shared = 0, union = 0;
        for (String n : a) {
            union += TopicNames.weight(n);
            if (b.contains(n)) shared += TopicNames.weight(n);
        }
        for (String n : b) if (!a.contains(n)) union += TopicNames.weight(n);
        return union == 0 ? 0 : shared / union;
    }

    private static boolean shareAny(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }
}
