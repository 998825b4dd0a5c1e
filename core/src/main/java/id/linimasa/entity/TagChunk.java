package id.linimasa.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * A typed run of tokens [start, end) decoded from BIO tags with conlleval's rules: an I- tag that does not
 * continue a chunk of its type starts a new chunk.
 */
public record TagChunk(int start, int end, EntityType type) {

    public static List<TagChunk> of(List<String> tags) {
        List<TagChunk> out = new ArrayList<>();
        int start = -1;
        EntityType type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            EntityType t = tag.length() > 2 ? typeOf(tag) : null;
            boolean continues = tag.startsWith("I-") && t == type;
            if (type != null && !continues) {
                out.add(new TagChunk(start, i, type));
                type = null;
            }
            if (t != null && !continues) {
                start = i;
                type = t;
            }
        }
        return out;
    }

    /** The type a B- or I- tag names; the tagger's own tags told without a substring and a look-up by name. */
    private static EntityType typeOf(String tag) {
        return switch (tag) {
            case "B-PER", "I-PER" -> EntityType.PER;
            case "B-LOC", "I-LOC" -> EntityType.LOC;
            case "B-ORG", "I-ORG" -> EntityType.ORG;
            default -> EntityType.valueOf(tag.substring(2));
        };
    }
}
