package id.linimasa.entity;

import id.linimasa.Analysis;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.linimasa.entity.EntityStageTest.analyse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies named in English or by acronyms, and companies and offices the tagger cuts, in sentences written for this test
 * (invented bodies besides a few catalog ones), so that the names come from the rules.
 */
class BodyNamesTest {

    private static List<String> names(Analysis a, EntityType type) {
        return a.mentions().stream().filter(m -> m.type() == type).map(Mention::text).toList();
    }

    private static List<String> idsOf(Analysis a, String text) {
        return a.mentions().stream().filter(m -> m.text().equals(text)).map(Mention::entityId).distinct().toList();
    }

    @Test
    void englishBodyWordsMakeBodiesAndTheirAcronymsAreThem() {
        Analysis a = analyse("""
                Coral Reef Restoration Fund menyalurkan hibah untuk nelayan di Maluku.
                Pacific Tuna Management Authority (PTMA) menyatakan kuota tangkapan tahun depan dipangkas.
                Menurut PTMA, stok tuna sirip kuning menurun sejak 2020.
                Asian Maritime Research Center (AMAREC) ikut meneliti perairan itu.
                Data AMAREC menunjukkan suhu laut naik.
                """);
        assertThat(names(a, EntityType.ORG)).contains("Coral Reef Restoration Fund", "Pacific Tuna Management Authority", "PTMA",
                "Asian Maritime Research Center", "AMAREC");
        assertThat(names(a, EntityType.PER)).isEmpty();
        assertThat(idsOf(a, "PTMA")).containsExactly(idsOf(a, "Pacific Tuna Management Authority").get(0));
        assertThat(idsOf(a, "AMAREC")).containsExactly(idsOf(a, "Asian Maritime Research Center").get(0));
    }

    @Test
    void anAcronymOfAnyLengthOrCaseInBracketsIsTheBodyBeforeIt() {
        Analysis a = analyse("""
                Komando Armada Samudra Selatan (KOARSEL) menggelar latihan di lepas pantai.
                Forum Nelayan Pesisir Utara (Fonespu) memprotes latihan itu.
                Juru bicara KOARSEL mengatakan latihan berlangsung tiga hari, sementara Fonespu meminta ganti rugi.
                """);
        assertThat(idsOf(a, "KOARSEL")).containsExactly(idsOf(a, "Komando Armada Samudra Selatan").get(0));
        assertThat(idsOf(a, "Fonespu")).containsExactly(idsOf(a, "Forum Nelayan Pesisir Utara").get(0));
    }

    @Test
    void aLongNameBeforeACatalogAcronymIsTheCatalogsBody() {
        Analysis a = analyse("Lembaga Pangan Dunia Perserikatan (FAO) memperingatkan ancaman gagal panen di Asia Selatan.");
        assertThat(idsOf(a, "Lembaga Pangan Dunia Perserikatan")).containsExactly("org:fao");
    }

    @Test
    void companiesOfficesAndArmedGroupsAreWhole() {
        Analysis a = analyse("""
                Warga melaporkan PT Sinar Gemilang Tambang Raya ke Polda Kalimantan Timur atas dugaan pencemaran sungai.
                Kepala Dinas Pertanian dan Peternakan setempat mengatakan sawah warga ikut tercemar.
                Di Laut Merah, Houthi kembali menembakkan rudal ke arah kapal tanker.
                """);
        assertThat(names(a, EntityType.ORG)).contains("PT Sinar Gemilang Tambang Raya", "Polda Kalimantan Timur", "Dinas Pertanian dan Peternakan");
        assertThat(idsOf(a, "Houthi")).containsExactly("org:houthi");
        assertThat(names(a, EntityType.PER)).isEmpty();
    }

    @Test
    void aDatelineOutletIsNoAcronymOfThePlace() {
        Analysis a = analyse("Baubau (ANTARA) - Pelabuhan Murhum kembali dibuka setelah cuaca membaik.");
        assertThat(idsOf(a, "ANTARA")).containsExactly("org:antara");
        assertThat(names(a, EntityType.LOC)).contains("Baubau");
    }

    @Test
    void danJoinsNoTwoBodiesNorABodyAndAnOffice() {
        Analysis a = analyse("""
                Kementerian Keuangan dan Otoritas Jasa Keuangan (OJK) membahas aturan baru Senin.
                Pejabat itu bertemu Kementerian Luar Negeri dan Duta Besar Jepang di Jakarta.
                Kepala Dinas Pemuda dan Olahraga membuka turnamen itu di Sleman.
                Gerakan Pemuda Kasih dan Banser ikut menjaga gereja di Kudus.
                """);
        assertThat(names(a, EntityType.ORG)).contains("Kementerian Keuangan", "Kementerian Luar Negeri", "Dinas Pemuda dan Olahraga")
                .noneMatch(n -> n.contains(" dan Otoritas") || n.contains(" dan Duta") || n.contains(" dan Banser"));
        assertThat(idsOf(a, "Kementerian Keuangan")).containsExactly("org:kemenkeu");
        assertThat(idsOf(a, "Kementerian Luar Negeri")).containsExactly("org:kemlu");
    }
}
