package id.linimasa.entity;

import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.extract.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** On Indonesian news sentences written for these tests (not taken from any page). */
class EntityStageTest {

    static Analysis analyse(String text) {
        return Linimasa.analyse(new Article("t1", "test", null, null, null, null, List.of(), List.of(), null, null, "id",
                List.of(), List.of(), text));
    }

    private static String idOf(Analysis a, String text, int occurrence) {
        int from = -1;
        for (int i = 0; i <= occurrence; i++) from = a.text().indexOf(text, from + 1);
        int at = from;
        Mention found = a.mentions().stream().filter(m -> m.span().start() == at && m.text().equals(text)).findFirst().orElse(null);
        return found == null ? "<no mention>" : found.entityId();
    }

    @Test
    void linksPeopleWithRolesAndLaterPartialMentions() {
        Analysis a = analyse("Menteri Luar Negeri Korea Selatan Park Min Jae bertemu Menteri Pertahanan Jepang Sato Kenji di Tokyo pada Selasa.\n"
                + "Dalam pertemuan itu, Park menyampaikan keprihatinan atas uji coba rudal terbaru.\n"
                + "Sato mengatakan kedua negara akan memperkuat kerja sama.");
        assertThat(idOf(a, "Park Min Jae", 0)).isEqualTo("per:park_min_jae");
        assertThat(idOf(a, "Park", 1)).isEqualTo("per:park_min_jae");
        assertThat(idOf(a, "Sato", 1)).isEqualTo("per:sato_kenji");
        Entity park = a.entity("per:park_min_jae");
        assertThat(park.roles()).extracting(Role::title, Role::affiliation).containsExactly(org.assertj.core.groups.Tuple.tuple("Menteri Luar Negeri", "KOR"));
        assertThat(park.roles().get(0).span().of(a.text())).isEqualTo("Menteri Luar Negeri Korea Selatan Park Min Jae");
        assertThat(park.country()).isEqualTo("KOR");
        assertThat(a.entity("per:sato_kenji").roles()).extracting(Role::affiliation).containsExactly("JPN");
        assertThat(a.entity("per:park_min_jae").aliases()).contains("Park Min Jae", "Park");
    }

    @Test
    void aTitleWithABracketedAbbreviationBeforeTheName() {
        Analysis a = analyse("Menteri Agama (Menag) Yusuf Hasyim meresmikan asrama haji di Surabaya pada Senin.\n"
                + "Ketua Umum Serikat Petani Nusantara (SPN) Rahmat Hidayat menolak rencana impor beras.");
        Entity yusuf = a.entity("per:yusuf_hasyim");
        assertThat(yusuf.roles()).extracting(Role::title).containsExactly("Menteri Agama");
        Entity rahmat = a.entity("per:rahmat_hidayat");
        assertThat(rahmat.roles()).hasSize(1);
        assertThat(rahmat.roles().get(0).affiliation()).isEqualTo(idOf(a, "SPN", 0)).startsWith("org:");
    }

    @Test
    void foreignPoliceArmedGroupsTheEuCouncilAndKongoAloneLinkToTheCatalog() {
        Analysis a = analyse("Polis Diraja Malaysia (PDRM) menahan sembilan nelayan asal Sulawesi di perairan Sabah pada Jumat.\n"
                + "Konsulat RI di Tawau meminta PDRM segera memberi akses kekonsuleran.\n"
                + "Di Filipina selatan, militer memburu Abu Sayyaf yang menculik dua awak kapal tunda.\n"
                + "Dewan Uni Eropa memperpanjang sanksi terhadap sejumlah pejabat, sementara relawan dikirim ke Kongo.");
        assertThat(idOf(a, "PDRM", 1)).isEqualTo("org:pdrm");
        assertThat(a.entity("org:pdrm").country()).isEqualTo("MYS");
        assertThat(idOf(a, "Abu Sayyaf", 0)).isEqualTo("org:abu_sayyaf");
        assertThat(a.entity("org:abu_sayyaf").type()).isEqualTo(EntityType.ORG);
        assertThat(idOf(a, "Dewan Uni Eropa", 0)).isEqualTo("org:ue");
        assertThat(idOf(a, "Kongo", 0)).isEqualTo("COD");
    }

    @Test
    void aPortugueseOrDutchParticleInsideAPersonsNameKeepsTheNameWhole() {
        Analysis a = analyse("Menteri Luar Negeri dan Kerja Sama Timor-Leste Bendito dos Santos Freitas menerima Presiden Brasil Luiz Inacio Lula da Silva di Dili pada Rabu.\n"
                + "Menurut Freitas, kedua negara sepakat memperluas beasiswa.");
        assertThat(idOf(a, "Bendito dos Santos Freitas", 0)).isEqualTo("per:bendito_dos_santos_freitas");
        assertThat(idOf(a, "Freitas", 1)).isEqualTo("per:bendito_dos_santos_freitas");
        assertThat(idOf(a, "Luiz Inacio Lula da Silva", 0)).isEqualTo("per:luiz_inacio_lula_da_silva");
        assertThat(a.entity("per:bendito_dos_santos_freitas").roles()).extracting(Role::affiliation).containsExactly("TLS");
    }

    @Test
    void aBodyNamedAfterItsStateActsForIt() {
        Analysis a = analyse("Kapal perang Indonesia singgah di pangkalan Pasukan Bela Diri Maritim Jepang di Yokosuka pada Senin.\n"
                + "Pasukan Bela Diri Darat Jepang dan Angkatan Laut Filipina menggelar latihan bersama.\n"
                + "Kementerian Pertahanan Jepang menyambut kunjungan itu.");
        assertThat(idOf(a, "Pasukan Bela Diri Maritim Jepang", 0)).startsWith("org:");
        assertThat(a.entity(idOf(a, "Pasukan Bela Diri Maritim Jepang", 0)).country()).isEqualTo("JPN");
    }

    @Test
    void aCompanysShortNameWithoutItsLegalFormIsTheCompany() {
        Analysis a = analyse("Perusahaan rintisan logistik PT Kilat Antar Nusantara menutup tiga gudangnya di Jawa Timur.\n"
                + "Dalam keterangan tertulis, Kilat Antar menyatakan penutupan itu bagian dari efisiensi.");
        assertThat(idOf(a, "Kilat Antar", 1)).isEqualTo("org:pt_kilat_antar_nusantara");
        assertThat(a.entity("org:pt_kilat_antar_nusantara").type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void aGivenNameTheTaggerCallsAPlaceIsThePersonWhoseNameItBegins() {
        Analysis a = analyse("Hakim menjatuhkan vonis lima tahun penjara kepada Wali Kota Tanjung Asri nonaktif Darmawan Hutapea dalam perkara suap, Kamis.\n"
                + "Darmawan juga diwajibkan mengembalikan dana desa Rp 900 juta.\n"
                + "Kuasa hukum Darmawan, Ruben Sitorus, menilai hakim mengabaikan keterangan saksi.\n"
                + "Darmawan sendiri tampak tenang saat keluar dari ruang sidang.");
        for (int i = 1; i <= 3; i++) assertThat(idOf(a, "Darmawan", i)).isEqualTo("per:darmawan_hutapea");
    }

    @Test
    void aWordOpeningTheSentenceThatTheArticleWritesInLowerCaseIsNoPartOfTheName() {
        Analysis a = analyse("Film dokumenter karya sutradara Laras Ayuningtyas meraih penghargaan di Busan, Jumat.\n"
                + "Sutradara Laras Ayuningtyas berpose dengan pialanya di Busan.");
        assertThat(idOf(a, "Laras Ayuningtyas", 1)).isEqualTo("per:laras_ayuningtyas");
        assertThat(a.entities()).extracting(Entity::id).doesNotContain("per:sutradara_laras_ayuningtyas");
    }

    @Test
    void anArmedGroupNamedAfterKelompokOrMilisiIsNoPerson() {
        Analysis a = analyse("Dua nelayan asal Sulawesi diculik kelompok Harimau Sulu di perairan Tawi-Tawi pada Senin.\n"
                + "Militer Filipina menyebut milisi Pedang Timur juga menahan seorang awak kapal tunda.");
        assertThat(a.mentions()).filteredOn(m -> m.text().equals("Harimau Sulu")).extracting(Mention::type).containsExactly(EntityType.ORG);
    }

    @Test
    void citizensAndMigrantWorkersAreNoMentionOfThePlaceIndonesia() {
        Analysis a = analyse("Aparat Malaysia menahan dua WNI dan tiga TKI di Johor pada Senin.");
        assertThat(idOf(a, "WNI", 0)).isNotEqualTo("IDN");
        assertThat(idOf(a, "TKI", 0)).isNotEqualTo("IDN");
    }

    @Test
    void aRoleAfterTheNameBetweenCommas() {
        Analysis a = analyse("Pertemuan itu dipimpin oleh Hamid Rosyad, seorang wakil ketua Komisi Pemberantasan Korupsi, di Jakarta.");
        Entity hamid = a.entity("per:hamid_rosyad");
        assertThat(hamid.roles()).hasSize(1);
        assertThat(hamid.roles().get(0).title()).isEqualTo("wakil ketua");
        assertThat(hamid.roles().get(0).affiliation()).isEqualTo("org:kpk");
    }

    @Test
    void aSurnameTheTaggerCallsAPlaceIsThePersonWhoseNameItEnds() {
        Analysis a = analyse("Presiden Varenia Aurel Vastan menerima surat dari Perdana Menteri Talmora pada Kamis.\n"
                + "Utusan khusus Indonesia Hendra Wiratama mengunjungi Kastelburg pada Sabtu dan bertemu Vastan.");
        assertThat(idOf(a, "Vastan", 1)).startsWith("per:").endsWith("aurel_vastan");
        assertThat(idOf(a, "Kastelburg", 0)).startsWith("loc:");
    }

    @Test
    void aSurnameSharedByTwoFullNamesStaysUnlinked() {
        Analysis a = analyse("Wakil Presiden Lee Hyun Woo dan Gubernur Lee Soo Jin menghadiri upacara di Busan.\n"
                + "Lee kemudian meninggalkan lokasi sebelum acara selesai.");
        assertThat(idOf(a, "Lee Hyun Woo", 0)).isEqualTo("per:lee_hyun_woo");
        assertThat(idOf(a, "Lee Soo Jin", 0)).isEqualTo("per:lee_soo_jin");
        assertThat(idOf(a, "Lee", 2)).isNull();
    }

    @Test
    void aPartialNameNeverGivenInFullLinksToTheOneCatalogPersonWithIt() {
        Analysis a = analyse("Perjanjian itu diteken oleh Putin dan Kim setelah pembicaraan selama dua jam.");
        assertThat(idOf(a, "Kim", 0)).isEqualTo("per:kim_jong_un");
        assertThat(a.entity("per:kim_jong_un").country()).isEqualTo("PRK");
    }

    @Test
    void aCapitalOfAnyStateStandsForItWhenItActs() {
        Analysis a = analyse("Manila melayangkan protes diplomatik kepada Beijing keesokan harinya.\n"
                + "Presiden Tiongkok tiba di Hanoi pada Senin, sementara Ankara menolak berkomentar.");
        assertThat(idOf(a, "Manila", 0)).isEqualTo("PHL");
        assertThat(idOf(a, "Hanoi", 0)).isEqualTo("loc:hanoi");
        assertThat(a.entity("loc:hanoi").country()).isEqualTo("VNM");
        assertThat(idOf(a, "Ankara", 0)).isEqualTo("TUR");
    }

    @Test
    void aSeatOfGovernmentStandsForItsStateWhenItActsNotWhenItHosts() {
        Analysis a = analyse("Beijing menolak tuduhan itu dan menyebutnya tidak berdasar.\n"
                + "Delegasi dagang Vietnam tiba di Beijing pada Rabu malam.\n"
                + "Kremlin membantah laporan tersebut, sementara Washington belum memberikan tanggapan.");
        assertThat(idOf(a, "Beijing", 0)).isEqualTo("CHN");
        assertThat(idOf(a, "Beijing", 1)).isEqualTo("loc:beijing");
        assertThat(idOf(a, "Kremlin", 0)).isEqualTo("RUS");
        assertThat(idOf(a, "Washington", 0)).isEqualTo("USA");
    }

    @Test
    void aDatelineIsThePlaceNotTheState() {
        Analysis a = analyse("SEOUL, kabarpagi.id - Pemerintah Korea Selatan memanggil duta besar Jepang pada Kamis.\n"
                + "Seoul menilai pernyataan itu tidak dapat diterima.");
        assertThat(idOf(a, "SEOUL", 0)).isEqualTo("loc:seoul");
        assertThat(idOf(a, "Seoul", 0)).isEqualTo("KOR");
    }

    @Test
    void aDatelineAfterTheOutletOrBeforeABracketedAgencyIsThePlaceToo() {
        Analysis a = analyse("Kabarpagi.id, Seoul - Pemerintah Korea Selatan memanggil duta besar Jepang pada Kamis.");
        assertThat(a.article().leadEnd()).isEqualTo(a.text().indexOf("Pemerintah"));
        assertThat(idOf(a, "Seoul", 0)).isEqualTo("loc:seoul");
        assertThat(idOf(analyse("Tokyo (ANTARA) - Pemerintah Jepang membantah laporan itu pada Jumat."), "Tokyo", 0)).isEqualTo("loc:tokyo");
        assertThat(idOf(analyse("Tokyo menolak tuduhan itu pada Jumat."), "Tokyo", 0)).isEqualTo("JPN");
    }

    @Test
    void aNameSpelledByTheAcronymAfterItIsOneBodyNotTheStateInIt() {
        Analysis a = analyse("Militer memburu kelompok Front Pembebasan Rakyat Filipina (FPRF) yang menyerang pos militer di Mindanao pada Senin.\n"
                + "Ketua Umum Serikat Buruh Logam Nasional (SBLN) Andi Pratama mengecam serangan itu.\n"
                + "Militer memburu anggota FPRF di hutan.");
        String group = idOf(a, "Front Pembebasan Rakyat Filipina", 0);
        assertThat(group).startsWith("org:");
        assertThat(a.entity(group).type()).isEqualTo(EntityType.ORG);
        assertThat(idOf(a, "FPRF", 1)).isEqualTo(group);
        assertThat(a.mentions()).noneMatch(m -> m.text().equals("Filipina"));
        assertThat(idOf(a, "Serikat Buruh Logam Nasional", 0)).startsWith("org:");
        assertThat(idOf(a, "Andi Pratama", 0)).isEqualTo("per:andi_pratama");
    }

    @Test
    void aBodyLedByItsHeadWordBeforeAnyAcronymAndACompanyNamedInEnglishAreBodies() {
        Analysis a = analyse("Sehari sebelumnya, Mahkamah Arbitrase Tetap (PCA) memerintahkan kedua negara menahan diri.\n"
                + "Otorita Kawasan Ekonomi Khusus (OKEK) menandatangani nota kesepahaman dengan Teluk Harbor Capital, perusahaan asal Qatar.");
        assertThat(idOf(a, "Mahkamah Arbitrase Tetap", 0)).isEqualTo("org:mahkamah_arbitrase_tetap");
        assertThat(idOf(a, "PCA", 0)).isEqualTo("org:mahkamah_arbitrase_tetap");
        assertThat(a.entity(idOf(a, "Otorita Kawasan Ekonomi Khusus", 0)).type()).isEqualTo(EntityType.ORG);
        assertThat(a.entity(idOf(a, "Teluk Harbor Capital", 0)).type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void capitalsThatAreIndonesianWordsAreCitiesUnlessTheyOpenASentenceAsTheWord() {
        Analysis a = analyse("Lima orang tewas dalam baku tembak di perbatasan Azerbaijan.\n"
                + "Baku tembak berlangsung dua jam.\n"
                + "Sehari kemudian, Baku memanggil duta besar Iran.\n"
                + "Buronan itu ditangkap di Lima, ibu kota Peru, pada Oktober.");
        assertThat(a.mentions()).noneMatch(m -> m.span().start() == 0 || m.span().start() == a.text().indexOf("Baku tembak"));
        assertThat(idOf(a, "Baku", 1)).isEqualTo("AZE");
        Analysis acting = analyse("Baku menangguhkan kegiatan kedutaannya di Teheran, sementara Lima menolak permintaan ekstradisi.\n"
                + "Hubungan Azerbaijan dan Iran memburuk sejak Januari.");
        assertThat(idOf(acting, "Baku", 0)).isEqualTo("AZE");
        assertThat(idOf(a, "Lima", 1)).isEqualTo("loc:lima");
        assertThat(a.entity("loc:lima").country()).isEqualTo("PER");
    }

    @Test
    void limaAndBakuAreTheWordsInAnArticleThatNamesNotTheirState() {
        Analysis a = analyse("Lima menteri hadir dalam rapat koordinasi di Jakarta, Senin.\n"
                + "Banjir merendam tiga kecamatan di Kabupaten Lima Puluh Kota, Sumatera Barat.\n"
                + "Pemerintah daerah menyebut bantuan dari Lima Puluh Kota sudah tiba.");
        assertThat(a.mentions()).noneMatch(m -> m.text().equals("Lima"));
        assertThat(a.entities()).noneMatch(e -> e.id().equals("loc:lima") || "PER".equals(e.country()));
    }

    @Test
    void anOrdinaryTermSpelledByItsAcronymIsNoBody() {
        Analysis a = analyse("Pemerintah menaikkan harga Bahan Bakar Minyak (BBM) bersubsidi mulai Sabtu.\n"
                + "Serikat Petani Nusantara (SPN) menolak kebijakan itu.");
        assertThat(a.mentions()).extracting(Mention::text).doesNotContain("Bahan Bakar Minyak", "BBM");
        assertThat(a.mentions()).anyMatch(m -> m.text().equals("Serikat Petani Nusantara") && m.type() == EntityType.ORG);
    }

    @Test
    void aPersonOnceAfterKeIsNoPlaceWhenTheArticleAlsoNamesHimAsWho() {
        Analysis a = analyse("Para petani mengadu ke Dedi soal harga gabah yang anjlok, Senin.\n"
                + "Dedi berjanji akan memanggil para tengkulak pekan depan.\n"
                + "Menurut Dedi, pemerintah provinsi siap membeli gabah petani.");
        assertThat(a.mentions()).filteredOn(m -> m.text().equals("Dedi")).isNotEmpty().allMatch(m -> m.type() == EntityType.PER);
    }

    @Test
    void kingsAndQueensOfIndonesianNamesGetNoForeignStateFromTheArticle() {
        Analysis a = analyse("Ratu Atut Chosiyah menghadiri pertemuan dengan delegasi Malaysia di Serang, Selasa.\n"
                + "Delegasi Malaysia membahas kerja sama perdagangan, dan Pemerintah Malaysia menawarkan beasiswa.\n"
                + "Raja Juli Antoni juga hadir bersama pejabat Malaysia lainnya.");
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PER).isNotEmpty()
                .noneMatch(e -> "MYS".equals(e.country()));
    }

    @Test
    void quantityWordsAreNoNamesAndAOneWordPersonAfterKeIsAPlace() {
        Analysis a = analyse("Ratusan buruh berunjuk rasa di depan kantor bupati, Selasa.\n"
                + "Polda Sulawesi Tengah mengirim 200 personel Brimob ke Poso untuk memburu kelompok itu.");
        assertThat(a.mentions()).noneMatch(m -> m.text().equals("Ratusan"));
        assertThat(idOf(a, "Poso", 0)).startsWith("loc:");
    }

    @Test
    void aPrimeMinisterNamedWithoutAStateHoldsTheForeignOfficeTheArticleIsAbout() {
        Analysis dated = analyse("Suva, Warta Pagi - Perdana Menteri Sitiveni Tagi menolak tudingan bahwa perjanjian itu membuka jalan bagi pangkalan asing.");
        assertThat(dated.entity("per:sitiveni_tagi").country()).isEqualTo("FJI");
        Analysis named = analyse("Jakarta - Pemerintah Australia mengirim tim penyelam. Bantuan Australia tiba pada Sabtu.\n"
                + "Presiden Indonesia berterima kasih dalam percakapan telepon dengan Perdana Menteri Mark Dalton.");
        assertThat(named.entity("per:mark_dalton").country()).isEqualTo("AUS");
        Analysis unknown = analyse("Perdana Menteri Mark Dalton tiba di Jakarta pada Sabtu.");
        assertThat(unknown.entity("per:mark_dalton").country()).isNull();
    }

    @Test
    void abbreviationsAndAgenciesLinkToTheCatalog() {
        Analysis a = analyse("Juru bicara Kemlu RI mengatakan PBB dan Uni Eropa telah dihubungi.\n"
                + "Menurut kantor berita Yonhap, Korsel dan AS menggelar latihan bersama, sementara Korut mengecamnya, lapor KCNA.");
        assertThat(idOf(a, "PBB", 0)).isEqualTo("org:pbb");
        assertThat(idOf(a, "Uni Eropa", 0)).isEqualTo("org:ue");
        assertThat(idOf(a, "Yonhap", 0)).isEqualTo("org:yonhap");
        assertThat(idOf(a, "Korsel", 0)).isEqualTo("KOR");
        assertThat(idOf(a, "AS", 0)).isEqualTo("USA");
        assertThat(idOf(a, "Korut", 0)).isEqualTo("PRK");
        assertThat(idOf(a, "KCNA", 0)).isEqualTo("org:kcna");
        assertThat(a.entity("PRK").name()).isEqualTo("Korea Utara");
    }

    @Test
    void anAcronymDefinedInBracketsJoinsItsLongForm() {
        Analysis a = analyse("Menurut Lembaga Ilmu Pengetahuan Indonesia (LIPI), gempa itu tergolong kuat.\n"
                + "Kepala LIPI meminta warga Semarang tetap tenang.");
        String id = idOf(a, "Lembaga Ilmu Pengetahuan Indonesia", 0);
        assertThat(id).startsWith("org:");
        assertThat(idOf(a, "LIPI", 0)).isEqualTo(id);
        assertThat(idOf(a, "LIPI", 1)).isEqualTo(id);
    }

    @Test
    void aStateBeforeAPersonsNameIsNotPartOfTheName() {
        Analysis a = analyse("Ribuan warga mengungsi dari Zarkovia ke Dremia sejak pekan lalu.\n"
                + "Presiden Zarkovia Ilan Dorvek mengatakan serangan itu balasan.\n"
                + "Sementara itu, Presiden Chile Maria Solano menyerukan gencatan senjata.");
        assertThat(idOf(a, "Ilan Dorvek", 0)).isEqualTo("per:ilan_dorvek");
        assertThat(idOf(a, "Zarkovia", 1)).isEqualTo("loc:zarkovia");
        assertThat(a.mentions()).anySatisfy(m -> assertThat(m.text()).isEqualTo("Zarkovia"))
                .noneSatisfy(m -> assertThat(m.text()).startsWith("Zarkovia Ilan"));
        assertThat(idOf(a, "Maria Solano", 0)).isEqualTo("per:maria_solano");
        assertThat(idOf(a, "Chile", 0)).isEqualTo("CHL");
    }

    @Test
    void ordinaryWordsAreNotTakenForCatalogNames() {
        Analysis a = analyse("Hubungan antara kedua negara membaik, as roda itu patah, dan un bukan singkatan.");
        assertThat(a.mentions()).isEmpty();
    }

    @Test
    void everyMentionSpanPointsToItsText() {
        Analysis a = analyse("Presiden Brasil Luiz Inacio Lula da Silva tiba di Jakarta dan disambut Presiden Prabowo Subianto.");
        assertThat(a.mentions()).isNotEmpty();
        for (Mention m : a.mentions()) assertThat(m.span().of(a.text())).isEqualTo(m.text());
        assertThat(a.mentions()).extracting(Mention::entityId).contains("BRA", "loc:jakarta", "per:prabowo_subianto");
    }

    @Test
    void aOneWordNameTaggedApartJoinsTheNameAfterIt() {
        Analysis a = analyse("Koordinator aksi, Andi Muhammad Yusuf Lamba, mengatakan para sopir akan mogok.");
        assertThat(idOf(a, "Andi Muhammad Yusuf Lamba", 0)).isEqualTo("per:andi_muhammad_yusuf_lamba");
    }

    @Test
    void aNameWordAfterAnHonorificIsPartOfTheName() {
        Analysis a = analyse("Kepala dinas, Ir. Wisnu Hadi Saputra, M.T., meninjau jalan yang rusak.");
        assertThat(idOf(a, "Wisnu Hadi Saputra", 0)).isEqualTo("per:wisnu_hadi_saputra");
    }

    @Test
    void aPairWrittenWithASlashIsTwoPeople() {
        Analysis a = analyse("Di ganda putri, pasangan Rina Kartika/Dewi Anggraini Siregar menjuarai turnamen itu.\n"
                + "Ganda putri Indonesia, Rina Kartika/Dewi Anggraini Siregar, menang dua gim.");
        for (int k = 0; k < 2; k++) {
            assertThat(idOf(a, "Rina Kartika", k)).isEqualTo("per:rina_kartika");
            assertThat(idOf(a, "Dewi Anggraini Siregar", k)).isEqualTo("per:dewi_anggraini_siregar");
        }
    }

    @Test
    void anAgeInBracketsAndACompanysLegalFormAreNoNames() {
        Analysis a = analyse("Seorang pedagang, Sukirno (52), mengeluhkan harga cabai.\n"
                + "PT Kereta Api Indonesia (Persero) menambah jadwal perjalanan.");
        assertThat(a.mentions()).extracting(Mention::text).contains("Sukirno").doesNotContain("52", "Persero");
    }

    @Test
    void anEnvoysPostingIsNoPartOfTheNameNorTheTitle() {
        Analysis a = analyse("Duta Besar Republik Korea untuk Indonesia Kim Dong-hyun meninjau pelabuhan di Bitung, Rabu.\n"
                + "\"Pelabuhan ini strategis,\" kata Dubes Kim kepada wartawan.");
        assertThat(idOf(a, "Indonesia", 0)).isEqualTo("IDN");
        assertThat(idOf(a, "Kim Dong-hyun", 0)).isEqualTo("per:kim_dong_hyun");
        assertThat(idOf(a, "Kim", 1)).isEqualTo("per:kim_dong_hyun");
    }

    @Test
    void aBodyInATitleRunIntoItsHoldersName() {
        Analysis a = analyse("Direktur Jenderal Pembinaan Hubungan Industrial Kementerian Ketenagakerjaan Putri Permatasari mengingatkan "
                + "bahwa PHK harus dirundingkan.");
        assertThat(idOf(a, "Kementerian Ketenagakerjaan", 0)).isEqualTo("org:kemnaker");
        assertThat(idOf(a, "Putri Permatasari", 0)).isEqualTo("per:putri_permatasari");
    }

    @Test
    void aTeamWordAfterATitleLeavesTheHolderAPerson() {
        Analysis a = analyse("Kapten tim Rendra Saputra menyatakan para pemain akan bangkit di laga berikutnya.");
        assertThat(idOf(a, "Rendra Saputra", 0)).isEqualTo("per:rendra_saputra");
    }

    @Test
    void aUnionOfStatesIsAnOrganisationAndMoreCapitalsStandForTheirStates() {
        Analysis a = analyse("Uni Afrika menangguhkan keanggotaan Gabon pada Kamis.\n"
                + "Amerika Serikat mengirim delegasi ke Honiara, sementara Australia mengutus menterinya ke Port Vila.");
        assertThat(idOf(a, "Uni Afrika", 0)).startsWith("org:");
        assertThat(a.entity(idOf(a, "Honiara", 0)).country()).isEqualTo("SLB");
        assertThat(a.entity(idOf(a, "Port Vila", 0)).country()).isEqualTo("VUT");
    }

    @Test
    void aNameWithAnAgeInBracketsIsAPerson() {
        Analysis a = analyse("Ribuan hektare sawah di Kabupaten Indramayu mengalami puso akibat kemarau panjang.\n"
                + "Warsito (60), petani di Desa Kertasemaya, hanya bisa memandangi padinya yang mengering. \"Airnya tidak ada, "
                + "ya mati semua,\" keluh Warsito, Rabu.");
        assertThat(idOf(a, "Warsito", 0)).isEqualTo("per:warsito");
        assertThat(idOf(a, "Warsito", 1)).isEqualTo("per:warsito");
    }

    @Test
    void aPhotoCreditWithASlashGivesMentionsThatDoNotOverlap() {
        Analysis a = analyse("Presiden berbicara di depan Klub Ekonomi New York pekan lalu.\n"
                + "Credit... Anna Moneymaker/The New York Times");
        List<Mention> ms = a.mentions().stream().sorted(java.util.Comparator.comparingInt(m -> m.span().start())).toList();
        for (int i = 1; i < ms.size(); i++) {
            assertThat(ms.get(i).span().start()).as("%s after %s", ms.get(i), ms.get(i - 1)).isGreaterThanOrEqualTo(ms.get(i - 1).span().end());
        }
    }

    @Test
    void anAllianceIsABody() {
        Analysis a = analyse("Puluhan anggota Aliansi Umat Islam berorasi di depan kantor wali kota Pontianak, Jumat.");
        assertThat(idOf(a, "Aliansi Umat Islam", 0)).isEqualTo("org:aliansi_umat_islam");
    }

    @Test
    void rightsGroupsAreCatalogBodies() {
        Analysis a = analyse("Amnesty International dan SAFEnet mendesak pemerintah memulihkan akses internet di Papua.");
        assertThat(idOf(a, "Amnesty International", 0)).isEqualTo("org:amnesty_international");
        assertThat(idOf(a, "SAFEnet", 0)).isEqualTo("org:safenet");
        assertThat(a.entity("org:safenet").country()).isEqualTo("IDN");
    }

    @Test
    void macauAndHongKongArePlacesOfTheirOwn() {
        Analysis a = analyse("Makau dan Hong Kong melarang impor udang dari Vietnam mulai pekan depan.");
        assertThat(idOf(a, "Makau", 0)).isEqualTo("MAC");
        assertThat(idOf(a, "Hong Kong", 0)).isEqualTo("HKG");
    }

    @Test
    void aRegionalPoliceIsItsOwnBodyNotTheState() {
        Analysis a = analyse("Kepolisian Daerah Kalimantan Barat menahan lima orang dan menetapkan mereka sebagai tersangka.");
        assertThat(idOf(a, "Kepolisian Daerah Kalimantan Barat", 0)).isEqualTo("org:kepolisian_daerah_kalimantan_barat");
        assertThat(a.events()).isNotEmpty().allSatisfy(e -> assertThat(e.sources()).containsExactly("org:kepolisian_daerah_kalimantan_barat"));
    }

    @Test
    void theHolderOfAnOfficeEndingInAStateWordIsAPerson() {
        Analysis a = analyse("Kepala Staf Kepresidenan Budiono membantah tudingan itu pada Selasa.");
        assertThat(idOf(a, "Budiono", 0)).isEqualTo("per:budiono");
    }

    @Test
    void theGovernmentOfAPersonNamedInTheArticleIsNoState() {
        Analysis a = analyse("Presiden Rodrigo Alvarez menyatakan negaranya tidak akan tunduk pada tekanan asing.\n"
                + "Oposisi menuduh pemerintah Alvarez membungkam media.");
        assertThat(idOf(a, "Alvarez", 1)).isEqualTo("per:rodrigo_alvarez");
    }

    @Test
    void aShortenedMinistersTitleOrAPlayersPositionOpeningTheSentenceIsNoPartOfTheName() {
        Analysis a = analyse("Menteri Kesehatan Yusuf Adiwinata meninjau rumah sakit di Bogor.\n"
                + "Menkes Adiwinata mengatakan stok obat cukup hingga akhir tahun.\n"
                + "Gelandang Rafael Simanjuntak mencetak gol kedua pada menit ke-80.");
        assertThat(idOf(a, "Adiwinata", 1)).isEqualTo("per:yusuf_adiwinata");
        assertThat(idOf(a, "Rafael Simanjuntak", 0)).isEqualTo("per:rafael_simanjuntak");
    }
}
