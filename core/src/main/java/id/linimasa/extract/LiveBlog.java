package id.linimasa.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A live blog's entries each open with a time stamp ("Rabu, 22 Jan 2025 13:40 WIB", "11:15 WIB"); elsewhere such
 * a line is metadata, but there it tells when each entry was written, so it stays in the body with its entry.
 * Three or more stamps inside the article's run, each followed by prose, make a live blog.
 */
final class LiveBlog {

    private static final int MIN_ENTRIES = 3;
    private static final Pattern TIME = Pattern.compile("(?<!\\d)\\d{1,2}[:.]\\d{2}(?!\\d)");
    private static final Pattern TIME_ONLY = Pattern.compile("(?iu)^(pukul\\s*)?\\d{1,2}[:.]\\d{2}(\\s*(WIB|WITA|WIT))?$");

    private LiveBlog() {
    }

    /** Indexes of the entries' time stamps in {@code [start, end]}, or none when this is no live blog. */
    static Set<Integer> stamps(List<Block> blocks, List<BlockLabel> labels, int start, int end) {
        Set<Integer> out = new HashSet<>();
        if (start < 0) return out;
        for (int i = start; i <= end; i++) {
            Block b = blocks.get(i);
            if (b.words() > 12 || !isStamp(b.text())) continue;
            int j = i + 1;
            while (j <= end && (labels.get(j) == BlockLabel.HEADING || labels.get(j) == BlockLabel.SHORT)) j++;
            if (j <= end && labels.get(j) == BlockLabel.BODY) out.add(i);
        }
        return out.size() >= MIN_ENTRIES ? out : Set.of();
    }

    private static boolean isStamp(String t) {
        if (TIME_ONLY.matcher(t.trim()).matches()) return true;
        if (!TIME.matcher(t).find()) return false;
        DateText.Found f = DateText.find(t);
        return f != null && f.time().time() != null;
    }
}
