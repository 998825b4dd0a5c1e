package id.linimasa.entity;

import id.linimasa.Analysis;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.linimasa.entity.EntityStageTest.analyse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Names no list knows: invented states, places, people and bodies in Indonesian sentences written for this
 * test (before the rules were tuned), so the behaviour must come from context, not from the catalog.
 */
class UnseenNamesTest {

    private static final String PAGE = """
            Pemerintah Dravonia menolak tuduhan bahwa kapal patroli mereka memasuki perairan Halvekia tanpa izin.
            Presiden Dravonia Lodan Brisk mengatakan negaranya hanya menjaga wilayah sendiri.
            Perdana Menteri Halvekia Petra Ostlund menyebut tindakan itu pelanggaran serius dan memanggil Duta Besar Dravonia.
            Kapal itu dicegat oleh Penjaga Pantai Halvekia di dekat Pulau Merant, tidak jauh dari Teluk Vessa.
            Menurut Kementerian Perikanan Halvekia, kapal tersebut kemudian dibawa ke Port Sorin untuk diperiksa.
            Warga Port Sorin berkumpul di pelabuhan untuk melihat kapal yang ditahan itu.
            Lodan Brisk kemudian mengirim surat kepada Ostlund dan menawarkan perundingan di ibu kota Halvekia.
            Pengamat dari Universitas Merant, Sander Holm, menilai kedua negara perlu menahan diri.
            Sengketa itu juga dibahas oleh politikus Partai Fajar Baru di parlemen Halvekia pada Selasa.
            """;

    private static Mention mention(Analysis a, String text) {
        return a.mentions().stream().filter(m -> m.text().equals(text)).findFirst().orElse(null);
    }

    private static List<String> names(Analysis a) {
        return a.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void aNameGovernedAsAStateBecomesAStateOfItsOwn() {
        Analysis a = analyse(PAGE);
        for (String state : List.of("dravonia", "halvekia")) {
            Entity e = a.entity("loc:" + state);
            assertThat(e).as(state).isNotNull();
            assertThat(e.type()).isEqualTo(EntityType.LOC);
            assertThat(e.country()).isEqualTo("loc:" + state);
        }
        // every occurrence of the state, whatever the tagger made of it, links to the one state
        assertThat(a.mentions().stream().filter(m -> m.text().equals("Halvekia")).map(Mention::entityId).distinct().toList())
                .containsExactly("loc:halvekia");
    }

    @Test
    void aTitleAndAnUnknownStateAreSplitOffAPersonsName() {
        Analysis a = analyse(PAGE);
        assertThat(names(a)).doesNotContain("Dravonia Lodan Brisk", "Halvekia Petra Ostlund");
        Entity brisk = a.entity("per:lodan_brisk");
        assertThat(brisk).isNotNull();
        assertThat(brisk.roles()).extracting(Role::title, Role::affiliation).contains(tuple("Presiden", "loc:dravonia"));
        assertThat(brisk.country()).isEqualTo("loc:dravonia");
        Entity ostlund = a.entity("per:petra_ostlund");
        assertThat(ostlund).isNotNull();
        assertThat(ostlund.roles()).extracting(Role::affiliation).containsOnly("loc:halvekia");
        assertThat(mention(a, "Ostlund").entityId()).isEqualTo("per:petra_ostlund");
    }

    @Test
    void placeAndOrganisationHeadsGiveTheType() {
        Analysis a = analyse(PAGE);
        for (String place : List.of("Pulau Merant", "Teluk Vessa", "Port Sorin")) {
            assertThat(mention(a, place)).as(place).isNotNull();
            assertThat(a.mentions().stream().filter(m -> m.text().equals(place)).map(Mention::type).distinct().toList())
                    .as(place).containsExactly(EntityType.LOC);
        }
        for (String org : List.of("Penjaga Pantai Halvekia", "Kementerian Perikanan Halvekia", "Universitas Merant", "Partai Fajar Baru")) {
            assertThat(mention(a, org)).as(org).isNotNull();
            assertThat(mention(a, org).type()).as(org).isEqualTo(EntityType.ORG);
        }
        assertThat(names(a)).doesNotContain("Pantai Halvekia");
    }

    @Test
    void anUnknownCapitalisedWordMidSentenceIsAName() {
        Analysis a = analyse("Kapal nelayan itu terakhir terlihat di perairan dekat Oskarvik sebelum hilang dari radar.\n"
                + "Tim penyelamat dari Brenholm dikerahkan pada Rabu pagi.");
        assertThat(names(a)).contains("Oskarvik", "Brenholm");
    }

    @Test
    void aPersonAfterATitleIsNoState() {
        Analysis a = analyse("Presiden Joran Mikkel Stavnes tiba di Jakarta pada Senin malam.\n"
                + "Stavnes mengatakan kunjungan itu untuk membahas perdagangan.\n"
                + "Joran kemudian bertemu pengusaha di sebuah hotel.\n"
                + "Menurut Presiden Stavnes, kedua negara sudah lama bersahabat.");
        assertThat(a.entities()).extracting(Entity::id).doesNotContain("loc:stavnes");
        assertThat(a.entities()).filteredOn(e -> e.country() != null && e.country().startsWith("loc:")).isEmpty();
    }

    @Test
    void aNameThatTwiceDoesWhatOnlyStatesDoIsAState() {
        Analysis a = analyse("Kunjungan itu berlangsung sehari setelah Morvenia menjatuhkan sanksi dagang terhadap Ostrelia.\n"
                + "Sehari kemudian, Morvenia justru melarang kapal nelayan dari negara tetangganya berlabuh.");
        assertThat(mention(a, "Morvenia").type()).isEqualTo(EntityType.LOC);
        assertThat(a.entity("loc:morvenia").country()).isEqualTo("loc:morvenia");
    }

    @Test
    void oneStateActOrAPersonsSurnameIsNoState() {
        Analysis once = analyse("Sehari sebelumnya, Morvenia menjatuhkan sanksi dagang terhadap Ostrelia.");
        assertThat(once.entities()).extracting(Entity::id).doesNotContain("loc:morvenia");
        Analysis person = analyse("Menteri Perdagangan Ostrelia Karel Danvik tiba di Jakarta pada Senin.\n"
                + "Danvik menjatuhkan sanksi kepada dua perusahaan, lalu Danvik menutup perbatasan bagi truk mereka.");
        assertThat(person.entities()).extracting(Entity::id).doesNotContain("loc:danvik");
    }

    @Test
    void anUnknownWordBetweenAHeadOfGovernmentsTitleAndAPersonIsTheirState() {
        Analysis a = analyse("Beberapa jam kemudian, Perdana Menteri Kelduria Marten Solberg mencabut larangan impor hasil laut.\n"
                + "Solberg mengatakan keputusan itu diambil demi nelayan.");
        assertThat(mention(a, "Kelduria").type()).isEqualTo(EntityType.LOC);
        assertThat(a.entity("per:marten_solberg").roles()).extracting(Role::affiliation).containsExactly("loc:kelduria");
    }

    @Test
    void capitalisedWordsAfterATitleAndTheBodyItServesAreTheHoldersName() {
        Analysis a = analyse("Presiden Tiongkok bertemu Sekretaris Jenderal Partai Rakyat Kelduria To Vinh di Istana pada Selasa.\n"
                + "To Vinh memuji peran Tiongkok dalam pembangunan jalur kereta.");
        assertThat(a.mentions()).filteredOn(m -> m.text().equals("To Vinh")).hasSize(2)
                .allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.PER));
        assertThat(a.entity("per:to_vinh").roles()).extracting(Role::title).containsExactly("Sekretaris Jenderal");
    }
}
