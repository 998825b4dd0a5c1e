package id.linimasa.app.web;

import id.linimasa.index.Corpus;
import id.linimasa.index.StoredArticle;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which story an article belongs to, and that story's title: the lanes the timeline groups events into.
 * Remembered for a short while, since a timeline asks for the same articles again and again, and forgotten
 * soon enough that an ingest running beside the server shows up.
 */
final class StoryLanes {

    static final long FORGET_AFTER_MILLIS = 30_000;
    static final int MAX_REMEMBERED = 100_000;

    record Lane(String id, String title) {
    }

    private static final Lane NONE = new Lane(null, null);

    private final Corpus corpus;
    private final Map<String, Lane> byArticle = new ConcurrentHashMap<>();
    private volatile long since = System.currentTimeMillis();

    StoryLanes(Corpus corpus) {
        this.corpus = corpus;
    }

    /** The lane of an article, or null when the corpus does not have it or it has no story. */
    Lane of(String articleId) throws IOException {
        long now = System.currentTimeMillis();
        if (now - since > FORGET_AFTER_MILLIS || byArticle.size() > MAX_REMEMBERED) {
            byArticle.clear();
            since = now;
        }
        Lane lane = byArticle.get(articleId);
        if (lane == null) {
            lane = lookUp(articleId);
            byArticle.put(articleId, lane);
        }
        return lane == NONE ? null : lane;
    }

    private Lane lookUp(String articleId) throws IOException {
        StoredArticle a = corpus.article(articleId).orElse(null);
        if (a == null || a.storyId() == null) return NONE;
        String title = corpus.story(a.storyId()).map(s -> s.summary().title()).orElse(a.analysis().article().title());
        return new Lane(a.storyId(), title);
    }
}
