package id.linimasa.extract;

import java.util.ArrayList;
import java.util.List;

/** Cuts a plain-text dump into blocks: one per non-blank line, as a browser's copy of a page gives them. */
public final class TextBlocks {

    private static final int[] NO_ANCESTORS = new int[0];

    private TextBlocks() {
    }

    public static List<Block> of(String text) {
        List<Block> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = Whitespace.collapse(line);
            if (!t.isEmpty()) out.add(new Block(t, "line", NO_ANCESTORS, "", "", 0));
        }
        return out;
    }
}
