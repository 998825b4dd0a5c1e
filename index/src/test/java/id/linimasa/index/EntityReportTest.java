package id.linimasa.index;

import id.linimasa.Analysis;
import id.linimasa.entity.Entity;
import id.linimasa.entity.EntityType;
import id.linimasa.entity.Role;
import id.linimasa.page.Page;
import id.linimasa.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static id.linimasa.index.TestPages.*;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code entity NAME}'s report: names, dated roles, first and last seen, companions, gathered across articles. */
class EntityReportTest {

    /** Putin is prime minister in the 2024 article and president in one of 2025, and goes by another name there. */
    static Analysis withRoles(Page page) {
        Analysis a = TestPages.analyse(page);
        Role role = page == TREATY ? new Role("Perdana Menteri", "RUS", new Span(0, 5))
                : page == OTHER_REPORT ? new Role("Presiden", "RUS", new Span(0, 5)) : null;
        if (role == null) return a;
        List<Entity> entities = a.entities().stream().map(e -> !e.id().equals(PUTIN.id()) ? e
                : new Entity(e.id(), e.type(), e.name(), page == OTHER_REPORT ? List.of("Putin", "Tuan Putin") : e.aliases(),
                e.country(), List.of(role))).toList();
        return a.withEntities(a.mentions(), entities);
    }

    @Test
    void gathersNamesDatedRolesSpanAndCompanionsFromAllArticles(@TempDir Path dir) throws IOException {
        try (Corpus c = Corpus.open(dir.resolve("c"))) {
            c.ingest(ALL, EntityReportTest::withRoles, IngestListener.NONE);
            EntityReport putin = c.entity("Vladimir Putin").orElseThrow();
            assertThat(putin.entity().name()).isEqualTo("Vladimir Putin");
            assertThat(putin.entity().aliases()).containsExactlyInAnyOrder("Putin", "Tuan Putin");
            assertThat(putin.articles()).isEqualTo(4);
            assertThat(putin.first()).startsWith("2024-06-20");
            assertThat(putin.last()).startsWith("2025-03-01");
            // oldest article's role first, whatever order the articles were stored in
            assertThat(putin.roles()).extracting(r -> r.role().title()).containsExactly("Perdana Menteri", "Presiden");
            assertThat(putin.roles()).extracting(EntityReport.DatedRole::articleId).containsExactly(id(TREATY), id(OTHER_REPORT));
            assertThat(putin.cooccurring()).extracting(EntityCount::id).containsExactly("PRK", "RUS", KIM.id());
            assertThat(putin.cooccurring()).extracting(EntityCount::articles).containsExactly(4L, 4L, 1L);

            assertThat(c.entity("Kim").orElseThrow().entity().id()).isEqualTo(KIM.id());
            assertThat(c.entities(EntityType.PER, 5)).extracting(EntityCount::id).containsExactly(PUTIN.id(), KIM.id());
            assertThat(c.entities(EntityType.ORG, 5)).extracting(EntityCount::id).containsExactly(PERSIJA.id());
            assertThat(c.resolveEntity("korea utara")).contains("PRK");
            assertThat(c.resolveEntity("DPRK")).contains("PRK");
            assertThat(c.resolveEntity("tuan putin")).contains(PUTIN.id());
            assertThat(c.resolveEntity(PUTIN.id())).contains(PUTIN.id());
            assertThat(c.resolveEntity("Atlantis Raya")).isEmpty();
        }
    }
}
