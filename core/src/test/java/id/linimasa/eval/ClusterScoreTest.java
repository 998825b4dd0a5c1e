package id.linimasa.eval;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClusterScoreTest {

    private static final Map<String, String> GOLD = Map.of("a", "X", "b", "X", "c", "X", "d", "Y", "e", "Z");

    @Test
    void theGoldClusteringScoresOne() {
        ClusterScore s = ClusterScore.of(GOLD, GOLD, Map.of("b", "a"), Map.of("b", "a"));
        assertThat(s.bcubed().f1()).isEqualTo(1.0);
        assertThat(s.pairwise().f1()).isEqualTo(1.0);
        assertThat(s.copies().f1()).isEqualTo(1.0);
        assertThat(s.errors()).isEmpty();
        assertThat(s.goldClusters()).isEqualTo(3);
    }

    @Test
    void splittingAndMergingCostRecallAndPrecision() {
        // c split off X; d and e merged
        ClusterScore s = ClusterScore.of(GOLD, Map.of("a", "1", "b", "1", "c", "2", "d", "3", "e", "3"), Map.of(), Map.of());
        // B-cubed precision: a,b,c 1; d,e 1/2 -> 4/5; recall: a,b 2/3, c 1/3, d,e 1 -> (2/3+2/3+1/3+2)/5
        assertThat(s.bcubed().precision()).isCloseTo(0.8, within(1e-9));
        assertThat(s.bcubed().recall()).isCloseTo((5.0 / 3 + 2) / 5, within(1e-9));
        // pairs: system {ab, de}, gold {ab, ac, bc}: one shared
        assertThat(s.pairwise().precision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.pairwise().recall()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.errors()).anyMatch(e -> e.startsWith("merged gold stories [Y, Z]")).anyMatch(e -> e.startsWith("split gold story X"));
    }

    @Test
    void aMissingItemIsAloneAndAWrongCopyLinkCountsAgainstBoth() {
        ClusterScore s = ClusterScore.of(GOLD, Map.of("a", "1", "b", "1"), Map.of("b", "a", "c", "a"), Map.of("b", "c"));
        assertThat(s.systemClusters()).isEqualTo(4);
        assertThat(s.copies().precision()).isEqualTo(0.0);
        assertThat(s.copies().recall()).isEqualTo(0.0);
        assertThat(s.errors()).contains("copy link b -> c (gold: a)", "missed copy link c -> a");
    }
}
