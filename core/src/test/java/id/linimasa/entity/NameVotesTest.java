package id.linimasa.entity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The vote-and-rank step both corpora resolve names with. */
class NameVotesTest {

    @Test
    void aCanonicalOwnerWinsOverMoreVotesElseTheMostVotesWin() {
        NameVotes votes = new NameVotes();
        votes.article(List.of("per:talmora", "loc:talmora"));
        votes.article(List.of("per:talmora"));
        votes.article(List.of("per:talmora", "per:talmora"));
        assertThat(votes.winner(Set.of("loc:talmora")::contains)).contains("loc:talmora");
        assertThat(votes.winner(id -> false)).contains("per:talmora");
    }

    @Test
    void anArticleVotesOncePerEntity() {
        NameVotes votes = new NameVotes();
        votes.article(List.of("a", "a", "a"));
        votes.article(List.of("b"));
        votes.article(List.of("b"));
        assertThat(votes.winner(id -> false)).contains("b");
    }

    @Test
    void noVoteIsNoWinnerAndNamesCompareTrimmedInLowerCase() {
        NameVotes votes = new NameVotes();
        assertThat(votes.isEmpty()).isTrue();
        assertThat(votes.winner(id -> true)).isEmpty();
        assertThat(NameVotes.key("  Korea UTARA ")).isEqualTo("korea utara");
    }
}
