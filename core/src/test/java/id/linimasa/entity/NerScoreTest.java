package id.linimasa.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NerScoreTest {

    @Test
    void countsOnlyExactSpanAndTypeMatches() {
        NerScore score = new NerScore();
        // gold: PER [0,2), LOC [3,4), ORG [5,7)
        List<String> gold = List.of("B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG");
        // predicted: PER exact, LOC tagged ORG (wrong type), ORG cut short (wrong span)
        List<String> pred = List.of("B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG", "O");
        score.add(gold, pred);
        assertThat(score.overall().correct()).isEqualTo(1);
        assertThat(score.overall().predicted()).isEqualTo(3);
        assertThat(score.overall().gold()).isEqualTo(3);
        assertThat(score.overall().f1()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(score.perType().get(EntityType.PER).f1()).isEqualTo(1.0);
        assertThat(score.perType().get(EntityType.LOC).recall()).isZero();
        assertThat(score.perType().get(EntityType.ORG).precision()).isZero();
    }

    @Test
    void anIThatStartsAChunkCountsAsABeginningLikeConlleval() {
        assertThat(TagChunk.of(List.of("O", "I-LOC", "I-LOC", "B-LOC", "I-PER")))
                .containsExactly(new TagChunk(1, 3, EntityType.LOC), new TagChunk(3, 4, EntityType.LOC), new TagChunk(4, 5, EntityType.PER));
    }
}
