package id.linimasa.index;

/** The story an article belongs to, with the article's title: enough to group timeline rows by story. */
public record StoryRef(String articleId, String storyId, String title) {
}
