package id.linimasa.app.web;

import id.linimasa.index.Corpus;
import id.linimasa.index.StoryRef;

import java.io.IOException;

/** Which story an article belongs to, and a headline for it: the lanes the timeline groups events into. */
final class StoryLanes {

    record Lane(String id, String title) {
    }

    private static final Lane NONE = new Lane(null, null);

    private final Corpus corpus;
    private final Recent<String, Lane> byArticle = new Recent<>(30_000, 100_000);

    StoryLanes(Corpus corpus) {
        this.corpus = corpus;
    }

    /** The lane of an article, or null when the corpus does not have it or it has no story. */
    Lane of(String articleId) throws IOException {
        Lane lane = byArticle.get(articleId, this::lookUp);
        return lane == NONE ? null : lane;
    }

    private Lane lookUp(String articleId) throws IOException {
        // The lane is named after a report in it (or the story's first, for an untitled copy): a story's own
        // summary would mean reading every report of it.
        StoryRef ref = corpus.storyOf(articleId).orElse(null);
        if (ref == null || ref.storyId() == null) return NONE;
        String title = ref.title() != null ? ref.title() : corpus.storyOf(ref.storyId()).map(StoryRef::title).orElse(null);
        return new Lane(ref.storyId(), title);
    }
}
