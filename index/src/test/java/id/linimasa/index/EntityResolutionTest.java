package id.linimasa.index;

import id.linimasa.timeline.TimelineQuery;
import id.linimasa.Analysis;
import id.linimasa.entity.Entity;
import id.linimasa.entity.EntityType;
import id.linimasa.entity.Mention;
import id.linimasa.page.Page;
import id.linimasa.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static id.linimasa.index.TestPages.ALL;
import static org.assertj.core.api.Assertions.assertThat;

/** Names several entities answer to resolve to the one whose own name it is, before frequency counts. */
class EntityResolutionTest {

    /** A person every page names, who also goes by the state's name: more frequent than the state itself. */
    static final Entity NAMESAKE = new Entity("per:rusia_wijaya", EntityType.PER, "Rusia Wijaya", List.of("Rusia", "Wijaya"), "IDN", List.of());
    static final Entity OTHER_WIJAYA = new Entity("per:wijaya_kusuma", EntityType.PER, "Wijaya", List.of("Kusuma"), "IDN", List.of());

    static Analysis withNamesakes(Page page) {
        Analysis a = TestPages.analyse(page);
        List<Mention> mentions = new ArrayList<>(a.mentions());
        List<Entity> entities = new ArrayList<>(a.entities());
        mentions.add(new Mention(new Span(0, 1), "Rusia", EntityType.PER, NAMESAKE.id()));
        entities.add(NAMESAKE);
        if (page == TestPages.FOOTBALL) {
            mentions.add(new Mention(new Span(0, 1), "Wijaya", EntityType.PER, OTHER_WIJAYA.id()));
            entities.add(OTHER_WIJAYA);
        }
        return a.withEntities(mentions, entities);
    }

    @Test
    void anExactCanonicalNameWinsOverAMoreFrequentAlias(@TempDir Path dir) throws IOException {
        try (Corpus c = Corpus.open(dir.resolve("c"))) {
            c.ingest(ALL, EntityResolutionTest::withNamesakes, IngestListener.NONE);
            // "Rusia" is the alias of a person named in all 5 articles, the state's own name in only 4
            assertThat(c.resolveEntity("Rusia")).contains("RUS");
            assertThat(c.resolveEntity("rusia")).contains("RUS");
            // "Wijaya" is the alias of the person in 5 articles, the own name of one in 1
            assertThat(c.resolveEntity("Wijaya")).contains(OTHER_WIJAYA.id());
            // where no entity has the name as its own, the most frequent alias holder wins
            assertThat(c.resolveEntity("Korut")).contains("PRK");
            assertThat(c.resolveEntity("Kusuma")).contains(OTHER_WIJAYA.id());
            assertThat(c.timeline(TimelineQuery.involving("Rusia", "Korea Utara"))).isNotEmpty();
        }
    }
}
