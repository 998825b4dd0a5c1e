package id.linimasa.entity;

import id.linimasa.Analysis;
import id.linimasa.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance on the five seed pages in ../shared/seeds (read at test time, never copied): the people, states
 * and agencies of the story are found and linked. The page text is analysed as it is, clutter included.
 */
class SeedEntitiesTest {

    private static final List<Analysis> SEEDS = new ArrayList<>();

    @BeforeAll
    static void analyseSeeds() throws Exception {
        Path seeds = SharedData.seeds();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                SEEDS.add(EntityStageTest.analyse(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        assertThat(SEEDS).hasSize(5);
    }

    private static List<Mention> mentions() {
        return SEEDS.stream().flatMap(a -> a.mentions().stream()).toList();
    }

    private static List<Entity> entities(String id) {
        return SEEDS.stream().map(a -> a.entity(id)).filter(e -> e != null).toList();
    }

    @Test
    void findsThePeopleOfTheStory() {
        for (String id : List.of("per:vladimir_putin", "per:kim_jong_un", "per:choe_son_hui", "per:ri_hi_yong", "per:dmitry_peskov")) {
            assertThat(entities(id)).as(id).isNotEmpty();
        }
        assertThat(entities("per:choe_son_hui").stream().flatMap(e -> e.roles().stream()))
                .anySatisfy(r -> {
                    assertThat(r.title()).isEqualToIgnoringCase("Menteri Luar Negeri");
                    assertThat(r.affiliation()).isEqualTo("PRK");
                });
        assertThat(entities("per:dmitry_peskov").stream().flatMap(e -> e.roles().stream()))
                .anySatisfy(r -> assertThat(r.affiliation()).isEqualTo("RUS"));
        assertThat(entities("per:ri_hi_yong").stream().flatMap(e -> e.roles().stream()))
                .anySatisfy(r -> assertThat(r.title()).containsIgnoringCase("sekretaris"));
        assertThat(entities("per:vladimir_putin").stream().flatMap(e -> e.roles().stream()))
                .anySatisfy(r -> {
                    assertThat(r.title()).isEqualTo("Presiden");
                    assertThat(r.affiliation()).isEqualTo("RUS");
                });
    }

    @Test
    void laterSurnamesJoinTheFullName() {
        assertThat(mentions()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Putin");
            assertThat(m.entityId()).isEqualTo("per:vladimir_putin");
        });
    }

    @Test
    void findsTheStatesUnderEveryName() {
        for (String id : List.of("RUS", "PRK", "UKR", "USA")) assertThat(entities(id)).as(id).isNotEmpty();
        for (String[] alias : new String[][]{{"Korut", "PRK"}, {"DPRK", "PRK"}, {"Pyongyang", "PRK"}, {"Korea Utara", "PRK"},
                {"AS", "USA"}, {"Washington", "USA"}, {"Amerika Serikat", "USA"}, {"Ukraina", "UKR"}, {"Rusia", "RUS"}}) {
            assertThat(mentions()).as(alias[0]).anySatisfy(m -> {
                assertThat(m.text()).isEqualTo(alias[0]);
                assertThat(m.entityId()).isEqualTo(alias[1]);
            });
        }
    }

    @Test
    void findsTheAgencies() {
        for (String id : List.of("org:tass", "org:kcna", "org:reuters", "org:interfax")) {
            assertThat(entities(id)).as(id).isNotEmpty();
            assertThat(entities(id).get(0).type()).isEqualTo(EntityType.ORG);
        }
    }

    @Test
    void everyMentionKeepsItsSpan() {
        for (Analysis a : SEEDS) for (Mention m : a.mentions()) assertThat(m.span().of(a.text())).isEqualTo(m.text());
    }
}
