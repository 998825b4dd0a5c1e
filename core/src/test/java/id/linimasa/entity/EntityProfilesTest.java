package id.linimasa.entity;

import id.linimasa.Analysis;
import id.linimasa.extract.Article;
import id.linimasa.extract.PublicationTime;
import id.linimasa.text.Span;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityProfilesTest {

    private static final EntityCatalog CATALOG = EntityCatalog.standard();

    /** An analysed article given by hand: the aggregation alone is under test here. */
    private static Analysis article(String id, LocalDate date, List<Mention> mentions, List<Entity> entities) {
        Article a = new Article(id, id, null, null, date == null ? null : PublicationTime.ofDate(date), null, List.of(), List.of(),
                null, null, "id", List.of(), List.of(), "x".repeat(200));
        return Analysis.of(a).withEntities(mentions, entities);
    }

    private static Mention m(int at, String text, EntityType type, String id) {
        return new Mention(new Span(at, at + text.length()), text, type, id);
    }

    private static Entity e(String id, EntityType type, String name, Role... roles) {
        return new Entity(id, type, name, List.of(name), null, List.of(roles));
    }

    private static EntityProfiles profiles() {
        Role lead = new Role("Presiden", "RUS", new Span(0, 10));
        Role old = new Role("Perdana Menteri", "RUS", new Span(0, 10));
        return EntityProfiles.of(List.of(
                article("a1", LocalDate.of(2024, 6, 19),
                        List.of(m(0, "Vladimir Putin", EntityType.PER, "per:vladimir_putin"), m(20, "Korut", EntityType.LOC, "PRK"),
                                m(40, "Putin", EntityType.PER, "per:vladimir_putin")),
                        List.of(e("per:vladimir_putin", EntityType.PER, "Vladimir Putin", lead), e("PRK", EntityType.LOC, "Korea Utara"))),
                article("a2", LocalDate.of(2012, 3, 1),
                        List.of(m(0, "Putin", EntityType.PER, "per:vladimir_putin"), m(10, "Rusia", EntityType.LOC, "RUS")),
                        List.of(e("per:vladimir_putin", EntityType.PER, "Vladimir Putin", old), e("RUS", EntityType.LOC, "Rusia"))),
                article("a3", LocalDate.of(2025, 2, 28),
                        List.of(m(0, "Korea Utara", EntityType.LOC, "PRK"), m(20, "Pyongyang", EntityType.LOC, "PRK")),
                        List.of(e("PRK", EntityType.LOC, "Korea Utara")))), CATALOG);
    }

    @Test
    void countsAliasesRolesDatesAndCompanions() {
        EntityProfile putin = profiles().get("per:vladimir_putin");
        assertThat(putin.mentions()).isEqualTo(3);
        assertThat(putin.articles()).isEqualTo(2);
        assertThat(putin.aliases()).containsExactly("Putin", "Vladimir Putin");
        assertThat(putin.firstSeen()).isEqualTo(LocalDate.of(2012, 3, 1));
        assertThat(putin.lastSeen()).isEqualTo(LocalDate.of(2024, 6, 19));
        assertThat(putin.roles()).extracting(EntityProfile.DatedRole::title).containsExactly("Perdana Menteri", "Presiden");
        assertThat(putin.companions()).extracting(EntityProfile.Companion::id).containsExactlyInAnyOrder("PRK", "RUS");

        EntityProfile prk = profiles().get("PRK");
        assertThat(prk.articles()).isEqualTo(2);
        assertThat(prk.aliases()).contains("Korut", "Korea Utara", "Pyongyang");
    }

    @Test
    void topOrdersByArticlesAndFiltersByType() {
        assertThat(profiles().top(null, 2)).extracting(EntityProfile::id).containsExactly("PRK", "per:vladimir_putin");
        assertThat(profiles().top(EntityType.PER, 5)).extracting(EntityProfile::id).containsExactly("per:vladimir_putin");
    }

    @Test
    void resolvesWhatAUserTypes() {
        EntityProfiles p = profiles();
        assertThat(p.resolve("Korut")).isEqualTo("PRK");
        assertThat(p.resolve("korea utara")).isEqualTo("PRK");
        assertThat(p.resolve("DPRK")).isEqualTo("PRK");
        assertThat(p.resolve("Putin")).isEqualTo("per:vladimir_putin");
        assertThat(p.resolve("Vladimir")).isEqualTo("per:vladimir_putin");
        assertThat(p.resolve("per:vladimir_putin")).isEqualTo("per:vladimir_putin");
        assertThat(p.resolve("Atlantis Raya")).isNull();
    }
}
