package id.linimasa.index;

import id.linimasa.Analysis;

import java.util.List;

/**
 * An article as the corpus holds it: the full analysis and how it relates to the rest of the corpus.
 *
 * @param storyId     the story it belongs to (the id of the story's first article)
 * @param duplicateOf the article it is a syndicated copy of, or null when it is an original
 * @param related     its copies and the other reports of its story
 */
public record StoredArticle(Analysis analysis, String storyId, String duplicateOf, List<Related> related) {

    public StoredArticle {
        related = List.copyOf(related);
    }

    public String id() {
        return analysis.article().id();
    }

    public enum Relation { DUPLICATE_OF, DUPLICATE, SAME_STORY }

    /** Another article and how it relates: the original this is a copy of, a copy of this, or another report. */
    public record Related(String id, String title, String outlet, String published, Relation relation) {
    }
}
