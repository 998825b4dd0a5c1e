package id.linimasa.index;

import id.linimasa.timeline.TimelineRow;

/**
 * A timeline row with the story of its first report, so that a view can group rows by story without reading
 * their articles.
 *
 * @param storyId    the first report's story; null when unknown
 * @param storyTitle that report's title, to name the group
 */
public record TimelineEntry(TimelineRow row, String storyId, String storyTitle) {
}
