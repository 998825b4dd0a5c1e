package id.linimasa.entity;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PartRowsTest {

    @Test
    void aFeatureIsFoundByTheIdsOfItsPartsAndNoOtherIs() {
        Map<String, Integer> index = Map.of("s-1s=Xx|x|.", 4, "s-1s=x|x|x", 7, "g=O", 9);
        Map<String, Integer> ids = new HashMap<>();
        PartRows rows = PartRows.of(index, "s-1s=", 3, 10, null, ids);
        assertThat(rows.row(rows.key(ids.get("Xx"), ids.get("x"), ids.get(".")))).isEqualTo(4);
        assertThat(rows.row(rows.key(ids.get("x"), ids.get("x"), ids.get("x")))).isEqualTo(7);
        assertThat(rows.row(rows.key(ids.get("x"), ids.get("Xx"), ids.get(".")))).isEqualTo(-1);
        assertThat(rows.row(rows.key(ids.get("Xx"), -1, ids.get(".")))).isEqualTo(-1); // a part no feature has
        assertThat(ids).containsOnlyKeys("Xx", "x", ".");
    }

    @Test
    void aPartHoldingTheSeparatorFindsItsFeatureHoweverTheNameIsCut() {
        // the shape of the token "|" is "|": "gs=B-LOC|x|" is the tag B-LOC with the shape "x|", or with "x" and "|" ...
        Map<String, Integer> index = Map.of("ww+1=|x|y", 3, "gs=B-LOC|x|", 5);
        Map<String, Integer> words = new HashMap<>(), parts = new HashMap<>();
        PartRows pairs = PartRows.of(index, "ww+1=", 2, 15, null, words);
        assertThat(pairs.row(pairs.key(words.get("|x"), words.get("y")))).isEqualTo(3);
        assertThat(pairs.row(pairs.key(words.get(""), words.get("x|y")))).isEqualTo(3);
        PartRows tagged = PartRows.of(index, "gs=", 2, 10, Set.of("B-LOC"), parts);
        assertThat(tagged.row(tagged.key(parts.get("B-LOC"), parts.get("x|")))).isEqualTo(5);
        assertThat(parts).doesNotContainKey("B-LOC|x"); // no gazetteer tag: that cut is no feature
    }
}
