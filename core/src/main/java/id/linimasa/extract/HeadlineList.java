package id.linimasa.extract;

import java.util.List;

/**
 * Tells a page of headlines and teasers (a home, section, tag or index page) from an article: when most of
 * the chosen paragraphs are short ones each standing alone under a headline (a linked one in HTML; in a dump,
 * a headline line with a date line after the teaser), the page lists other pages' stories and has none of its own.
 */
final class HeadlineList {

    /** Teasers are a sentence or two; an article's paragraph under a subheading often runs longer. */
    private static final int TEASER_WORDS = 50;
    private static final int MIN_ITEMS = 3;

    private HeadlineList() {
    }

    static boolean isList(ContentSelector.Selection sel) {
        List<Block> all = sel.all();
        List<BlockLabel> labels = sel.labels();
        int body = 0;
        int teasers = 0;
        int i = 0;
        for (Block b : sel.body()) {
            // the body's blocks are the same objects as in all, in order
            while (i < all.size() && all.get(i) != b) i++;
            if (i == all.size()) break;
            if (labels.get(i) != BlockLabel.BODY) continue;
            body++;
            if (b.words() <= TEASER_WORDS && i > 0 && underHeadline(all, labels, i)) teasers++;
        }
        return teasers >= MIN_ITEMS && teasers * 10 >= body * 6;
    }

    private static boolean underHeadline(List<Block> all, List<BlockLabel> labels, int i) {
        Block prev = all.get(i - 1);
        boolean lone = i + 1 >= all.size() || labels.get(i + 1) != BlockLabel.BODY;
        if (!lone) return false;
        if (!prev.isDumpLine()) return prev.linkDensity() >= 0.5 && prev.words() >= 3 && prev.words() <= 25;
        // a dump has no links: the headline line above and the date line below make the item
        return labels.get(i - 1) == BlockLabel.HEADING && i + 1 < all.size() && labels.get(i + 1) == BlockLabel.METADATA
                && DateText.find(all.get(i + 1).text()) != null;
    }
}
