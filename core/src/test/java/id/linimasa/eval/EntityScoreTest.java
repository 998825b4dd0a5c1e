package id.linimasa.eval;

import id.linimasa.entity.EntityType;
import id.linimasa.entity.Mention;
import id.linimasa.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityScoreTest {

    private static Mention m(String text, EntityType type, String id) {
        return new Mention(new Span(0, text.length()), text, type, id);
    }

    @Test
    void scoresFormsWithTheirTypeAndLinksBetweenForms() {
        List<EntityGoldDocument.Gold> gold = List.of(
                new EntityGoldDocument.Gold("PER", "a", List.of("Wa Ode Sari Melati", "Melati")),
                new EntityGoldDocument.Gold("ORG", "b", List.of("Forum Petani Lestari", "FPL")),
                new EntityGoldDocument.Gold("LOC", "c", List.of("Raha")));
        List<Mention> system = List.of(
                m("Wa Ode Sari Melati", EntityType.PER, "per:x"), m("Melati", EntityType.PER, "per:x"),
                m("Forum Petani Lestari", EntityType.ORG, "org:y"), m("FPL", EntityType.PER, "per:x"),
                m("Raha", EntityType.LOC, "loc:raha"), m("Senin", EntityType.PER, "per:senin"));
        EntityScore s = EntityScore.of("d", gold, system);
        assertThat(s.goldNames()).isEqualTo(5);
        assertThat(s.systemNames()).isEqualTo(6);
        assertThat(s.matchedNames()).isEqualTo(4); // FPL mistyped
        assertThat(s.goldLinks()).isEqualTo(2);
        assertThat(s.matchedLinks()).isEqualTo(1); // the person's two forms; FPL is linked to the person, not the forum
        assertThat(s.systemLinks()).isEqualTo(3);
        assertThat(s.misses()).anyMatch(l -> l.contains("missed ORG \"FPL\" (found as PER)")).anyMatch(l -> l.contains("extra PER \"Senin\""))
                .anyMatch(l -> l.contains("linked wrongly \"Wa Ode Sari Melati\""));
        EntityScore twice = s.plus(s);
        assertThat(twice.documents()).isEqualTo(2);
        assertThat(twice.names().precision()).isEqualTo(s.names().precision());
    }

    @Test
    void readsTheTextAndTheGoldLines(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.en");
        Files.writeString(f, """
                # a test document
                @dct 2025-01-02T10:00+07:00
                Raha - Bupati Muna meresmikan pasar.
                = LOC raha | Raha
                = LOC muna | Muna
                """);
        EntityGoldDocument d = EntityGoldDocument.read(f);
        assertThat(d.article().analysisText()).startsWith("Raha - Bupati Muna");
        assertThat(d.gold()).extracting(EntityGoldDocument.Gold::key).containsExactly("raha", "muna");
        Files.writeString(f, "@dct 2025-01-02T10:00+07:00\nRaha - pasar.\n= PLACE raha | Raha\n");
        assertThatThrownBy(() -> EntityGoldDocument.read(f)).hasMessageContaining("line 3");
    }
}
