package id.linimasa.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the article among a page's blocks, the same way for HTML and dumps: (1) for HTML, the element
 * whose blocks score highest together (sidebars and comments score against their container); (2) the
 * contiguous run of blocks with the highest score (maximum subarray), which cuts leading menus and
 * trailing lists; (3) inside that run, prose is kept, headings only over prose, short lines only between
 * prose, and a block already said (a lead repeated, a summary quoted again) only once.
 */
final class ContentSelector {

    /** The blocks of the article, the captions near it, and the blocks around it (where metadata lives). */
    record Selection(List<Block> body, List<Block> captions, List<Block> before, List<Block> after, List<Block> all,
                     List<BlockLabel> labels, int start, int end) {
    }

    private ContentSelector() {
    }

    static Selection select(List<Block> blocks) {
        return select(blocks, Set.of());
    }

    /** As {@link #select(List)}, a block of the site's template (its hash in {@code template}) counting as clutter. */
    static Selection select(List<Block> blocks, Set<Long> template) {
        List<BlockLabel> labels = BlockClassifier.label(blocks);
        if (!template.isEmpty()) {
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (b.words() >= SiteTemplates.MIN_WORDS && template.contains(SiteTemplates.key(b.text()))) labels.set(i, BlockLabel.CLUTTER);
            }
        }
        double[] scores = new double[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) scores[i] = BlockClassifier.score(blocks.get(i), labels.get(i));
        capInterruptions(blocks, scores);

        int container = bestContainer(blocks, labels, scores);
        int[] run = bestRun(blocks, scores, container);
        int start = run[0];
        int end = closeAtLastLabel(labels, scores, start, run[1]);
        // neutral short paragraphs at either edge of the run, beside its own paragraphs, are the article's too
        while (start > 0 && scores[start - 1] == 0 && kin(blocks.get(start - 1), blocks.get(start))) start--;
        // and so is a list closing the article under its own heading (a list sits one level deeper than the paragraphs)
        while (end >= 0 && end + 1 < blocks.size()) {
            int next = end + 1;
            if (labels.get(next) == BlockLabel.HEADING && next + 1 < blocks.size() && scores[next + 1] == 0) next++;
            if (scores[next] != 0 || !(kin(blocks.get(next), blocks.get(end)) || nested(blocks.get(next), blocks.get(end)))) break;
            end = next;
        }
        List<Block> body = new ArrayList<>();
        if (start >= 0) {
            List<Integer> kept = new ArrayList<>();
            Set<Integer> stamps = LiveBlog.stamps(blocks, labels, start, end);
            for (int i = start; i <= end; i++) {
                if (!inside(blocks.get(i), container)) continue;
                if (stamps.contains(i) || keep(i, labels, blocks, start, end, container)) kept.add(i);
            }
            body = dedupe(blocks, kept);
        }
        List<Block> captions = new ArrayList<>();
        int from = start < 0 ? 0 : firstInside(blocks, container);
        // the lead photo often sits just above the text's element, beside it in one parent
        int parent = parentOf(blocks, from, container);
        for (int i = Math.max(0, from - LEAD_PHOTO_REACH); i < from && parent != 0; i++) {
            if (labels.get(i) == BlockLabel.CAPTION && inside(blocks.get(i), parent)) captions.add(blocks.get(i));
        }
        boolean afterEnd = false;
        for (int i = from; i < blocks.size(); i++) {
            if (!inside(blocks.get(i), container) && container != 0) continue;
            if (start >= 0 && i > end) {
                afterEnd = true;
                // a photo counter ("2/4") between a gallery's captions does not end them
                boolean counter = (labels.get(i) == BlockLabel.CLUTTER || labels.get(i) == BlockLabel.SHORT) && blocks.get(i).words() <= 3;
                if (labels.get(i) == BlockLabel.BOUNDARY || labels.get(i) == BlockLabel.CLUTTER && !counter || labels.get(i) == BlockLabel.BODY) break;
            }
            if (labels.get(i) == BlockLabel.CAPTION && (blocks.get(i).isDumpLine() || !afterEnd || container != 0)) captions.add(blocks.get(i));
        }
        if (start >= 0 && captions.isEmpty()) captions.addAll(galleryAfter(blocks, labels, end));
        List<Block> before = start < 0 ? List.of() : blocks.subList(0, start);
        List<Block> after = start < 0 ? List.of() : blocks.subList(end + 1, blocks.size());
        return new Selection(body, captions, before, after, blocks, labels, start, end);
    }

    /** Prose after a section label must say more than this to be the article resuming after a box, not the box's own text. */
    private static final double RESUMED = 200;

    /**
     * The run's end, moved before its last section label ("Tags", "Comments") when what follows the label is one short
     * paragraph: a note under the label (comment rules, a tag line), not the article resuming.
     */
    private static int closeAtLastLabel(List<BlockLabel> labels, double[] scores, int start, int end) {
        double tail = 0;
        for (int i = end; i > start; i--) {
            if (labels.get(i) == BlockLabel.BOUNDARY) {
                if (tail >= RESUMED) return end;
                int e = i - 1;
                while (e > start && scores[e] < 0) e--;
                return e;
            }
            tail += scores[i];
        }
        return end;
    }

    /** What a box set into a page costs does not grow with its length: it is one interruption. */
    private static final double INTERRUPTION = 60;

    /**
     * In a page, a stretch of consecutive non-prose blocks between two paragraphs of one parent or grandparent (a
     * related-stories box, an ad slot, a gallery set into the article) costs at most one interruption,
     * spread over its blocks; elsewhere, and in a dump, every clutter block counts.
     */
    private static void capInterruptions(List<Block> blocks, double[] scores) {
        int i = 0;
        while (i < blocks.size()) {
            if (scores[i] >= 0 || blocks.get(i).isDumpLine()) {
                i++;
                continue;
            }
            int j = i;
            double sum = 0;
            while (j < blocks.size() && scores[j] < 0) sum += scores[j++];
            // set into the article means the prose before and after it has one parent
            if (sum < -INTERRUPTION && i > 0 && j < blocks.size() && kin(blocks.get(i - 1), blocks.get(j))) {
                double f = INTERRUPTION / -sum;
                for (int k = i; k < j; k++) scores[k] *= f;
            }
            i = j;
        }
    }

    /**
     * Photos a gallery sets after its description, outside the description's element: three or more captions right
     * after the body, one after the other (counters and credits between them).
     */
    private static List<Block> galleryAfter(List<Block> blocks, List<BlockLabel> labels, int end) {
        List<Block> out = new ArrayList<>();
        for (int i = end + 1; i < blocks.size(); i++) {
            BlockLabel l = labels.get(i);
            if (l == BlockLabel.CAPTION) out.add(blocks.get(i));
            else if (!((l == BlockLabel.CLUTTER || l == BlockLabel.SHORT) && blocks.get(i).words() <= 3)) break;
        }
        return out.size() >= 3 ? out : List.of();
    }

    /** Same parent or same grandparent (sites wrap each paragraph in its own element). */
    private static boolean kin(Block x, Block y) {
        return up(x, 2) != 0 && up(x, 2) == up(y, 2) || up(x, 3) != 0 && up(x, 3) == up(y, 3);
    }

    /** x's grandparent is y's parent: x is an item of a list that follows y's paragraph in one element. */
    private static boolean nested(Block x, Block y) {
        return up(x, 3) != 0 && up(x, 3) == up(y, 2);
    }

    private static int up(Block b, int levels) {
        int[] a = b.ancestors();
        return a.length < levels ? 0 : a[a.length - levels];
    }

    private static boolean inside(Block b, int container) {
        if (container == 0) return true;
        for (int id : b.ancestors()) if (id == container) return true;
        return false;
    }

    /** Blocks above the article's element still searched for its lead photo's caption. */
    private static final int LEAD_PHOTO_REACH = 8;

    /** The element directly holding the container, or 0. */
    private static int parentOf(List<Block> blocks, int i, int container) {
        if (container == 0 || i >= blocks.size()) return 0;
        int[] a = blocks.get(i).ancestors();
        for (int d = 1; d < a.length; d++) if (a[d] == container) return a[d - 1];
        return 0;
    }

    private static int firstInside(List<Block> blocks, int container) {
        for (int i = 0; i < blocks.size(); i++) if (inside(blocks.get(i), container)) return i;
        return 0;
    }

    /** The element whose blocks add up to the highest score; 0 (the whole page) for dumps. */
    private static int bestContainer(List<Block> blocks, List<BlockLabel> labels, double[] scores) {
        int maxId = 0;
        for (Block b : blocks) for (int id : b.ancestors()) maxId = Math.max(maxId, id);
        // element ids are small and dense (HtmlBlocks numbers the elements that open blocks): totals in arrays, not boxed in maps
        double[] total = new double[maxId + 1];
        int[] depth = new int[maxId + 1];
        Arrays.fill(depth, -1);
        int[] seen = new int[maxId + 1];
        int count = 0;
        for (int i = 0; i < blocks.size(); i++) {
            int[] anc = blocks.get(i).ancestors();
            double w = containerWeight(labels.get(i), scores[i]);
            for (int d = 0; d < anc.length; d++) {
                int id = anc[d];
                if (depth[id] < 0) {
                    depth[id] = d;
                    total[id] = w;
                    seen[count++] = id;
                } else {
                    total[id] += w;
                }
            }
        }
        // a total above all others by more than the tolerance below is the best in whatever order they are compared
        int top = -1;
        for (int k = 0; k < count; k++) if (top < 0 || total[seen[k]] > total[top]) top = seen[k];
        boolean clear = top >= 0 && total[top] > 2e-9;
        for (int k = 0; k < count && clear; k++) clear = seen[k] == top || total[seen[k]] < total[top] - 2e-9;
        if (clear) return top;
        if (count == 0) return 0;
        // near ties go to the deeper element, else to the first in the order a hash map of the ids (made as they were first met) holds them
        Map<Integer, Double> totals = new HashMap<>();
        for (int k = 0; k < count; k++) totals.put(seen[k], total[seen[k]]);
        int best = 0;
        double bestScore = 0;
        for (var e : totals.entrySet()) {
            double s = e.getValue();
            if (s > bestScore + 1e-9 || Math.abs(s - bestScore) < 1e-9 && best != 0 && depth[e.getKey()] > depth[best]) {
                best = e.getKey();
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * Clutter counts against a container at a fraction of its run score: article paragraphs often sit
     * directly in a page column beside its sidebars, and that column must still beat a lone paragraph.
     */
    private static double containerWeight(BlockLabel label, double score) {
        if (label == BlockLabel.BODY) return score;
        if (label == BlockLabel.BOUNDARY) return -100;
        return 0.3 * score;
    }

    /** Maximum-score contiguous run of blocks inside the container: {start, end} inclusive, or {-1, -1}. */
    private static int[] bestRun(List<Block> blocks, double[] scores, int container) {
        double best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        double sum = 0;
        int runStart = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (!inside(blocks.get(i), container)) continue;
            if (runStart < 0 || sum <= 0) {
                sum = 0;
                runStart = i;
            }
            sum += scores[i];
            if (sum > best) {
                best = sum;
                bestStart = runStart;
                bestEnd = i;
            }
        }
        return new int[]{bestStart, bestEnd};
    }

    private static boolean keep(int i, List<BlockLabel> labels, List<Block> blocks, int start, int end, int container) {
        BlockLabel l = labels.get(i);
        return switch (l) {
            case BODY -> true;
            case HEADING -> nextBeyondInserts(i, labels, blocks, end, container) == BlockLabel.BODY;
            case SHORT -> {
                BlockLabel prev = prev(i, labels, blocks, start, container);
                BlockLabel next = next(i, labels, blocks, end, container);
                Block b = blocks.get(i);
                // the element named as the article's body vouches for its lines (a list, a schedule) even with no prose beside them
                if (BlockClassifier.isPageSentence(b)) yield prev == BlockLabel.BODY || next == BlockLabel.BODY || BlockClassifier.vouched(b);
                yield prev == BlockLabel.BODY && (next == BlockLabel.BODY || next == null && !b.isDumpLine());
            }
            default -> false;
        };
    }

    /** The nearest label after i, skipping short lines. */
    private static BlockLabel next(int i, List<BlockLabel> labels, List<Block> blocks, int end, int container) {
        for (int j = i + 1; j <= end; j++) {
            if (!inside(blocks.get(j), container)) continue;
            BlockLabel l = labels.get(j);
            if (l != BlockLabel.SHORT) return l;
        }
        return null;
    }

    /** The nearest label after a subheading, skipping what is set between it and its section: a photo and its caption, an ad slot. */
    private static BlockLabel nextBeyondInserts(int i, List<BlockLabel> labels, List<Block> blocks, int end, int container) {
        for (int j = i + 1; j <= end; j++) {
            if (!inside(blocks.get(j), container)) continue;
            BlockLabel l = labels.get(j);
            if (l != BlockLabel.SHORT && l != BlockLabel.CAPTION && l != BlockLabel.PHOTO_TITLE && l != BlockLabel.CLUTTER) return l;
        }
        return null;
    }

    private static BlockLabel prev(int i, List<BlockLabel> labels, List<Block> blocks, int start, int container) {
        for (int j = i - 1; j >= start; j--) {
            if (!inside(blocks.get(j), container)) continue;
            BlockLabel l = labels.get(j);
            if (l != BlockLabel.SHORT && l != BlockLabel.HEADING) return l;
        }
        return null;
    }

    private static final int MIN_REPEAT = 25;

    /** Drops a block whose text was already said, or is said again inside a longer kept block. */
    private static List<Block> dedupe(List<Block> blocks, List<Integer> kept) {
        List<String> norms = new ArrayList<>(kept.size());
        for (int i : kept) norms.add(norm(blocks.get(i).text()));
        long[] pairs = new long[norms.size() * PAIR_WORDS];
        for (int k = 0; k < norms.size(); k++) if (norms.get(k).length() >= MIN_INSIDE) pairs(norms.get(k), pairs, k * PAIR_WORDS);
        Set<String> seen = new HashSet<>();
        List<Block> out = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            String n = norms.get(k);
            // a short line said twice ("Yes.", a price, a repeated label in a list) is the text's own; a paragraph said twice is a repeated lead
            if (n.length() >= MIN_REPEAT && !seen.add(n)) continue;
            boolean inLonger = false;
            if (n.length() >= MIN_INSIDE) {
                for (int o = 0; o < norms.size() && !inLonger; o++) {
                    String other = norms.get(o);
                    inLonger = o != k && other.length() > n.length() && holdsPairs(pairs, o, k) && other.contains(n);
                }
            }
            if (!inLonger) out.add(blocks.get(kept.get(k)));
        }
        return out;
    }

    /** A text this long said again inside a longer kept block is dropped. */
    private static final int MIN_INSIDE = 40;
    /** Longs of a text's set of character pairs (256 bits, a bit per hashed pair). */
    private static final int PAIR_WORDS = 4;

    /** Sets, from {@code at}, the bits of the pairs of adjacent characters of s. */
    private static void pairs(String s, long[] bits, int at) {
        for (int i = 1; i < s.length(); i++) {
            int h = (s.charAt(i - 1) * 31 + s.charAt(i)) * 0x9E3779B1 >>> 24;
            bits[at + (h >>> 6)] |= 1L << h;
        }
    }

    /** Whether text o has every character pair text k has: when it does not, it cannot contain k (most pairs of paragraphs are told apart so). */
    private static boolean holdsPairs(long[] bits, int o, int k) {
        for (int w = 0; w < PAIR_WORDS; w++) if ((bits[k * PAIR_WORDS + w] & ~bits[o * PAIR_WORDS + w]) != 0) return false;
        return true;
    }

    /** Lower case, every run of non-letters and non-digits one space, trimmed (a plain loop: this runs on every kept block). */
    static String norm(String s) {
        // what is kept is never longer than the text: each char is copied once, a run of others becomes one space
        char[] out = new char[s.length()];
        int n = 0;
        boolean gap = false;
        // ASCII is lower-cased as it is copied; only a text with other letters needs the full lower-casing after
        boolean ascii = true;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c < 128) {
                i++;
                if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
                else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                    gap = true;
                    continue;
                }
                if (gap && n > 0) out[n++] = ' ';
                out[n++] = c;
            } else {
                int cp = s.codePointAt(i);
                int len = Character.charCount(cp);
                if (!Character.isLetterOrDigit(cp)) {
                    i += len;
                    gap = true;
                    continue;
                }
                ascii = false;
                if (gap && n > 0) out[n++] = ' ';
                for (int k = 0; k < len; k++) out[n++] = s.charAt(i + k);
                i += len;
            }
            gap = false;
        }
        String kept = new String(out, 0, n);
        return ascii ? kept : kept.toLowerCase(Locale.ROOT);
    }
}
