package id.linimasa.quote;

import id.linimasa.Analysis;
import id.linimasa.ArticleFixture;
import id.linimasa.entity.Entity;
import id.linimasa.entity.EntityType;
import id.linimasa.entity.Mention;
import id.linimasa.entity.Role;
import id.linimasa.text.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuoteFinderTest {

    private static List<Quote> quotes(String text) {
        return new QuoteFinder().apply(ArticleFixture.world(text).analysis()).quotes();
    }

    @Test
    void speechVerbPatternsExpandToTheirWords() {
        assertThat(QuoteFinder.literals("me(?:nilai|ng(?:aku|akui))|ber(?:kata)")).containsExactly("menilai", "mengaku", "mengakui", "berkata");
        assertThatThrownBy(() -> QuoteFinder.literals("me(?:nilai)?")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quoteThenKataName() {
        List<Quote> q = quotes("“Hubungan kami dengan Pyongyang terus berkembang,” kata Putin kepada wartawan di Moskow.");
        assertThat(q).hasSize(1);
        assertThat(q.getFirst().direct()).isTrue();
        assertThat(q.getFirst().text()).isEqualTo("Hubungan kami dengan Pyongyang terus berkembang");
        assertThat(q.getFirst().speakerId()).isEqualTo("per:vladimir_putin");
        assertThat(q.getFirst().speaker()).isEqualTo("Putin");
    }

    @Test
    void reportedWordsStartAfterANearBahwa() {
        List<Quote> q = quotes("Putin menegaskan pada Selasa (4/3) bahwa Rusia tidak akan mundur.");
        assertThat(q).hasSize(1);
        assertThat(q.getFirst().text()).isEqualTo("Rusia tidak akan mundur");
        assertThat(quotes("Peskov memperingatkan Amerika Serikat bahwa sanksi baru akan dibalas.").getFirst().text())
                .isEqualTo("sanksi baru akan dibalas");
    }

    @Test
    void aTrailingMenurutNamesTheSource() {
        List<Quote> q = quotes("Ribuan tentara Korea Utara dikirim ke Rusia, menurut Amerika Serikat.");
        assertThat(q).hasSize(1);
        assertThat(q.getFirst().speakerId()).isEqualTo("USA");
        assertThat(q.getFirst().text()).isEqualTo("Ribuan tentara Korea Utara dikirim ke Rusia");
    }

    @Test
    void ujarTuturTegasAndStraightQuotes() {
        for (String verb : List.of("ujar", "tutur", "tegas", "ucap")) {
            List<Quote> q = quotes("\"Kami tidak akan mundur,\" " + verb + " Kim Jong Un dalam pidatonya.");
            assertThat(q).as(verb).hasSize(1);
            assertThat(q.getFirst().speakerId()).as(verb).isEqualTo("per:kim_jong_un");
        }
    }

    @Test
    void speakerBeforeTheQuote() {
        List<Quote> q = quotes("Choe Son Hui mengatakan, “Persahabatan kedua negara tidak tergoyahkan.”");
        assertThat(q).hasSize(1);
        assertThat(q.getFirst().speakerId()).isEqualTo("per:choe_son_hui");
        assertThat(q.getFirst().text()).isEqualTo("Persahabatan kedua negara tidak tergoyahkan");
    }

    @Test
    void roleFromTheAttributionWords() {
        List<Quote> q = quotes("“Pembicaraan berlangsung hangat,” kata penasihat senior Kremlin Dmitry Peskov.");
        assertThat(q.getFirst().speakerId()).isEqualTo("per:dmitry_peskov");
        assertThat(q.getFirst().role()).isEqualTo("penasihat senior Kremlin");
    }

    @Test
    void roleFromTheEntityLayerWhenTheAttributionHasNone() {
        List<Quote> q = quotes("“Kami siap bekerja sama,” kata Choe.");
        assertThat(q.getFirst().speakerId()).isEqualTo("per:choe_son_hui");
        assertThat(q.getFirst().role()).isEqualTo("Menteri Luar Negeri");
    }

    @Test
    void katanyaPointsToThePreviousSpeaker() {
        List<Quote> q = quotes("""
                “Kerja sama ini penting bagi kawasan,” kata Peskov.
                “Kami akan melanjutkannya tahun depan,” katanya.""");
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speakerId()).isEqualTo("per:dmitry_peskov");
        assertThat(q.get(1).speakerSpan()).isEqualTo(q.get(0).speakerSpan());
    }

    @Test
    void aQuoteOverTwoParagraphsIsOneQuote() {
        List<Quote> q = quotes("""
                “Kami menghormati kedaulatan setiap negara.
                “Tetapi kami tidak akan tinggal diam bila diancam,” ujar Kim.""");
        assertThat(q).hasSize(1);
        assertThat(q.getFirst().text()).contains("kedaulatan").contains("tinggal diam");
        assertThat(q.getFirst().speakerId()).isEqualTo("per:kim_jong_un");
    }

    @Test
    void aClosingMarkWithoutItsOpeningQuotesFromTheParagraphStart() {
        List<Quote> q = quotes("Kami bermaksud memperluas kerja sama di semua bidang,” kata Peskov.");
        assertThat(q).hasSize(1);
        assertThat(q.getFirst().text()).startsWith("Kami bermaksud");
        assertThat(q.getFirst().speakerId()).isEqualTo("per:dmitry_peskov");
    }

    @Test
    void indirectSpeechWithBahwa() {
        List<Quote> q = quotes("Peskov mengatakan bahwa kedua delegasi telah membahas isu perbatasan secara mendalam.");
        assertThat(q).hasSize(1);
        assertThat(q.getFirst().direct()).isFalse();
        assertThat(q.getFirst().text()).isEqualTo("kedua delegasi telah membahas isu perbatasan secara mendalam");
        assertThat(q.getFirst().speakerId()).isEqualTo("per:dmitry_peskov");
    }

    @Test
    void indirectSpeechWithKataAfter() {
        List<Quote> q = quotes("Rusia akan memperluas hubungan dengan Korea Utara, kata Peskov kepada wartawan.");
        assertThat(q).hasSize(1);
        assertThat(q.getFirst().direct()).isFalse();
        assertThat(q.getFirst().text()).isEqualTo("Rusia akan memperluas hubungan dengan Korea Utara");
        assertThat(q.getFirst().speakerId()).isEqualTo("per:dmitry_peskov");
    }

    @Test
    void menurutName() {
        List<Quote> q = quotes("Menurut Choe Son Hui, hubungan kedua negara berada di puncaknya.");
        assertThat(q).hasSize(1);
        assertThat(q.getFirst().speakerId()).isEqualTo("per:choe_son_hui");
        assertThat(q.getFirst().text()).isEqualTo("hubungan kedua negara berada di puncaknya");
    }

    @Test
    void pronounSpeakerIsThePreviousOne() {
        List<Quote> q = quotes("""
                “Kami berterima kasih,” kata Kim Jong Un.
                Ia mengatakan bahwa pasukannya siap membantu kapan saja.""");
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speakerId()).isEqualTo("per:kim_jong_un");
    }

    @Test
    void scareQuotesWithoutASpeakerKeepTheSpeakerOpen() {
        List<Quote> q = quotes("Kim menjuluki Putin \"sahabat sejati\" dalam pidatonya.");
        assertThat(q).allSatisfy(x -> assertThat(x.text()).doesNotContain("Kim menjuluki"));
    }

    @Test
    void noSpeechNoQuote() {
        assertThat(quotes("Sebuah laporan menyebutkan bahwa ekspor batu bara terus naik.")).isEmpty();
    }

    @Test
    void aPartialNameTheLinkerLeftOpenIsTheArticlesPerson() {
        String text = "Menteri Luar Negeri Nadia Kerrow tiba di Jakarta.\n“Kami datang untuk berdamai,” kata Kerrow.";
        Analysis a = ArticleFixture.text(text).analysis();
        int full = text.indexOf("Nadia Kerrow"), partial = text.lastIndexOf("Kerrow");
        Entity kerrow = new Entity("per:nadia_kerrow", EntityType.PER, "Nadia Kerrow", List.of(), null,
                List.of(new Role("Menteri Luar Negeri", null, new Span(0, full))));
        a = a.withEntities(List.of(new Mention(new Span(full, full + 12), "Nadia Kerrow", EntityType.PER, "per:nadia_kerrow"),
                new Mention(new Span(partial, partial + 6), "Kerrow", EntityType.PER, null)), List.of(kerrow));
        Quote q = new QuoteFinder().apply(a).quotes().getFirst();
        assertThat(q.speaker()).isEqualTo("Kerrow");
        assertThat(q.speakerId()).isEqualTo("per:nadia_kerrow");
        assertThat(q.role()).isEqualTo("Menteri Luar Negeri");
    }

    @Test
    void theRoleAtTheTimeIsTheLatestOneBeforeTheQuote() {
        String text = "Mantan menteri Arif Wibowo kini menjabat duta besar.\n“Tugas ini berat,” kata Arif Wibowo.";
        Analysis a = ArticleFixture.text(text).analysis();
        int first = text.indexOf("Arif Wibowo"), second = text.lastIndexOf("Arif Wibowo");
        Entity arif = new Entity("per:arif_wibowo", EntityType.PER, "Arif Wibowo", List.of(), "IDN", List.of(
                new Role("mantan menteri", "IDN", new Span(0, first)),
                new Role("duta besar", "IDN", new Span(text.indexOf("duta besar"), text.indexOf("duta besar") + 10))));
        List<Mention> ms = new ArrayList<>();
        ms.add(new Mention(new Span(first, first + 11), "Arif Wibowo", EntityType.PER, "per:arif_wibowo"));
        ms.add(new Mention(new Span(second, second + 11), "Arif Wibowo", EntityType.PER, "per:arif_wibowo"));
        Quote q = new QuoteFinder().apply(a.withEntities(ms, List.of(arif))).quotes().getFirst();
        assertThat(q.role()).isEqualTo("duta besar");
    }

    @Test
    void aSpeechVerbWithoutItsOwnSubjectBelongsToTheClauseSubject() {
        List<Quote> q = quotes("Kim Jong Un menjawab undangan Putin dengan mengatakan persahabatan kedua negara tak tergoyahkan.");
        assertThat(q).hasSize(1);
        assertThat(q.getFirst().speakerId()).isEqualTo("per:kim_jong_un");
    }

    @Test
    void conveyingIsSpeechOnlyWithBahwaOrQuotationMarks() {
        assertThat(quotes("Choe menyampaikan salam hangat dari Kim Jong Un kepada tuan rumah.")).isEmpty();
        assertThat(quotes("Choe menyampaikan bahwa Pyongyang siap memperdalam kerja sama.")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:choe_son_hui"));
        assertThat(quotes("Kim Jong Un menyerukan \"kesiapan penuh seluruh pasukan\".")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:kim_jong_un"));
    }

    @Test
    void aNameAndAColonBeforeTheQuote() {
        assertThat(quotes("Putin: “Kami siap berunding kapan saja.”")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:vladimir_putin"));
    }

    @Test
    void reportedWordsStartAfterTheAddresseeAndBahwa() {
        assertThat(quotes("Dmitry Peskov mengatakan kepada wartawan bahwa Moskow menghormati keputusan Pyongyang.")).singleElement()
                .satisfies(x -> assertThat(x.text()).isEqualTo("Moskow menghormati keputusan Pyongyang"));
        assertThat(quotes("Choe menegaskan, Korea Utara akan selalu berdiri bersama Rusia.")).singleElement()
                .satisfies(x -> {
                    assertThat(x.text()).isEqualTo("Korea Utara akan selalu berdiri bersama Rusia");
                    assertThat(x.speakerId()).isEqualTo("per:choe_son_hui");
                });
    }

    @Test
    void termsTitlesAndNamingInQuotationMarksAreNoQuotes() {
        assertThat(quotes("Para analis menyebut langkah Kremlin itu sebagai \"jalan tengah\" yang aman.")).isEmpty();
        assertThat(quotes("Film “Angin dari Selatan Tak Pernah Reda” diputar perdana di Seoul pekan lalu.")).isEmpty();
        assertThat(quotes("Warga membentangkan spanduk bertuliskan \"Damai Itu Indah\" di depan kedutaan.")).isEmpty();
        // with a speaker tag at them, short words are speech
        assertThat(quotes("\"Jaga kesehatan,\" pesan Putin kepada para atlet.")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:vladimir_putin"));
    }

    @Test
    void aQuoteSplitByItsSpeakerTagIsOneQuote() {
        List<Quote> q = quotes("“Kami siap berunding kapan saja,” kata Putin, “tetapi syarat kami tidak berubah.”");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.text()).startsWith("Kami siap"));
    }

    @Test
    void aFeelingOrStanceIsNotReportedSpeech() {
        assertThat(quotes("Dmitry Peskov menyatakan keprihatinan yang mendalam atas insiden di perbatasan itu.")).isEmpty();
        assertThat(quotes("Vladimir Putin mengaku puas dengan hasil pertemuan di Pyongyang.")).isEmpty();
        assertThat(quotes("Vladimir Putin menyebut Kim Jong Un sebagai sahabat lama rakyat Rusia.")).isEmpty();
        assertThat(quotes("Korea Utara tidak pernah mengakui pengiriman pasukan ke wilayah Kursk itu.")).isEmpty();
    }

    @Test
    void moreVerbsReportWords() {
        for (String verb : List.of("mengaku", "mengakui bahwa", "menyebut", "memastikan", "menduga", "mengingatkan bahwa")) {
            assertThat(quotes("Dmitry Peskov " + verb + " delegasi Rusia belum menerima undangan resmi dari panitia."))
                    .as(verb).singleElement().satisfies(x -> {
                        assertThat(x.speakerId()).isEqualTo("per:dmitry_peskov");
                        assertThat(x.text()).startsWith("delegasi Rusia");
                    });
        }
    }

    @Test
    void menurutnyaAfterASentenceIsTheLastSpeakers() {
        List<Quote> q = quotes("""
                “Kerja sama berjalan baik,” kata Peskov.
                Ia juga menyoroti cuaca buruk di Moskow. Menurutnya, penerbangan ke Pyongyang akan ditunda sehari.""");
        assertThat(q).hasSize(2);
        assertThat(q.get(1).text()).startsWith("penerbangan");
        assertThat(q.get(1).speakerId()).isEqualTo("per:dmitry_peskov");
    }

    @Test
    void menurutNameBeforeQuotationMarks() {
        assertThat(quotes("Menurut Peskov, “Pertemuan berikutnya akan digelar di Moskow.”")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:dmitry_peskov"));
    }

    @Test
    void aPronounIsThePersonJustNamedInItsParagraph() {
        List<Quote> q = quotes("""
                “Kami berterima kasih atas sambutan ini,” kata Kim Jong Un.
                Menteri Luar Negeri Choe Son Hui menemui wartawan di Moskow. Ia menyatakan, “Kunjungan ini bersejarah.”
                Choe kemudian meninggalkan ruangan. Di pintu, ia hanya berkata singkat, “Terima kasih semuanya.”""");
        assertThat(q).hasSize(3);
        assertThat(q.get(1).speakerId()).isEqualTo("per:choe_son_hui");
        assertThat(q.get(2).speakerId()).isEqualTo("per:choe_son_hui");
    }

    @Test
    void anUntaggedFirstNameOrTitleIsThePersonNamedBefore() {
        assertThat(quotes("Juru bicara Kremlin Dmitry Peskov tiba di Seoul.\n“Kami belum menerima undangan,” tutur Dmitry."))
                .singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:dmitry_peskov"));
        assertThat(quotes("""
                Menteri Luar Negeri Choe Son Hui tiba di Moskow, Senin.
                Dalam jumpa pers di Moskow, Rusia, Menlu mengatakan, kedua negara sepakat memperluas kerja sama."""))
                .singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:choe_son_hui"));
    }

    @Test
    void theSubjectStandsBeforeARelativeClause() {
        assertThat(quotes("Choe Son Hui, yang mendampingi Vladimir Putin, mengaku kedua pemimpin berbicara hampir tiga jam."))
                .singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:choe_son_hui"));
    }

    @Test
    void someoneUnnamedMaySpeak() {
        assertThat(quotes("Seorang sopir di Terminal Lama Moskow mengatakan jalanan macet sejak pagi.")).singleElement()
                .satisfies(x -> {
                    assertThat(x.speakerId()).isNull();
                    assertThat(x.text()).startsWith("jalanan macet");
                });
    }

    /** The people and bodies of the tests below, linked wherever their full names stand. */
    private static List<Quote> town(String text) {
        return new QuoteFinder().apply(ArticleFixture.text(text)
                .person("per:darto_wiyono", "Darto Wiyono", "IDN", "Ketua serikat buruh")
                .person("per:ratna_dewi", "Ratna Dewi", "IDN", "warga")
                .person("per:joko_susilo", "Joko Susilo", "IDN", "warga")
                .person("per:sinta_maharani", "Sinta Maharani", "IDN", "Kepala Pusat Data")
                .person("per:hendra_wijaya", "Hendra Wijaya", "IDN", "Direktur")
                .person("per:rudi_hartono", "Rudi Hartono", "IDN", "Anggota dewan")
                .person("per:rina_sitompul", "Rina Sitompul", "IDN", "Jaksa")
                .person("per:sari_lestari", "Sari Lestari", "IDN", "pelari")
                .person("per:sumarni", "Sumarni", "IDN", "warga")
                .person("per:andi_besar", "Andi Besar", "IDN", "camat")
                .body("org:pusat_data", "Pusat Data", "IDN")
                .body("org:kompas", "Kompas", "IDN")
                .body("org:partai_maju", "Partai Maju", "IDN")
                .body("org:pt_sumber_daya_makmur", "PT Sumber Daya Makmur", "IDN")
                .analysis()).quotes();
    }

    @Test
    void aPronounWithPunctuationAfterTheTagIsStillAPronoun() {
        List<Quote> q = town("Ketua serikat buruh, Darto Wiyono, menyebut upah belum dibayar. \"Kami sudah menunggu sejak April,\" kata dia.");
        assertThat(q).hasSize(2);
        assertThat(q.get(1).direct()).isTrue();
        assertThat(q.get(1).speakerId()).isEqualTo("per:darto_wiyono");
    }

    @Test
    void aTagInsideTheReportedSentence() {
        List<Quote> q = town("Darto Wiyono mengatakan upah tertunda dua bulan. Sebagian buruh, lanjutnya, terpaksa meminjam uang.");
        assertThat(q).hasSize(2);
        assertThat(q.get(1).text()).startsWith("Sebagian buruh");
        assertThat(q.get(1).speakerId()).isEqualTo("per:darto_wiyono");
    }

    @Test
    void moreVerbsReportAClauseButNotATopicOrAManner() {
        for (String verb : List.of("berdalih", "berpendapat", "memperkirakan", "bercerita")) {
            assertThat(town("Darto Wiyono " + verb + " pabrik itu akan tutup tahun depan.")).as(verb).singleElement()
                    .satisfies(x -> {
                        assertThat(x.text()).isEqualTo("pabrik itu akan tutup tahun depan");
                        assertThat(x.speakerId()).isEqualTo("per:darto_wiyono");
                    });
        }
        assertThat(town("Darto Wiyono bercerita tentang masa kecilnya di Klaten.")).isEmpty();
        assertThat(town("Darto Wiyono hanya berkata singkat kepada wartawan.")).isEmpty();
    }

    @Test
    void mengakuiReportsAClauseNotAThing() {
        assertThat(town("Pelari Sari Lestari mengakui lututnya sudah cedera sejak pekan lalu.")).singleElement()
                .satisfies(x -> assertThat(x.text()).startsWith("lututnya sudah cedera"));
        assertThat(town("Sari Lestari mengakui keunggulan lawannya.")).isEmpty();
        assertThat(town("Pasangan Sari Lestari memastikan gelar juara setelah menang dua gim.")).isEmpty();
    }

    @Test
    void aSecondSpeakerReplyingInTheSameParagraph() {
        List<Quote> q = town("\"Airnya naik cepat sekali,\" kata Ratna Dewi, sementara Joko Susilo menimpali, \"Kami tidak sempat mengungsi.\"");
        assertThat(q).extracting(Quote::speakerId).containsExactly("per:ratna_dewi", "per:joko_susilo");
        assertThat(town("Ratna Dewi tersenyum lebar. Ia sempat berkelakar, \"Saya lebih takut pada ibu saya.\"")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:ratna_dewi"));
    }

    @Test
    void aBannersTextIsNoQuote() {
        assertThat(town("Warga membentangkan spanduk bertuliskan \"Kembalikan Tanah Kami, Sekarang Juga!\" di depan balai desa.")).isEmpty();
    }

    @Test
    void aLongTitleHoldsTheNameBack() {
        assertThat(town("\"Bantuan sudah tiba di semua posko,\" ujar Kepala Pusat Data, Informasi, dan Hubungan Masyarakat Badan "
                + "Penanggulangan, Sinta Maharani.")).singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:sinta_maharani"));
    }

    @Test
    void aFirstNameAfterTheTagComesBeforeABodyNamedLater() {
        assertThat(town("Direktur Hendra Wijaya membuka rapat.\n\"Kami akan mengganti semua kerugian,\" ucap Hendra kepada Kompas."))
                .singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:hendra_wijaya"));
    }

    @Test
    void aDescriptionEndingInItuIsThePersonNamedBefore() {
        assertThat(town("Anggota dewan, Rudi Hartono, menolak rencana itu. \"Ini pemborosan anggaran,\" tegas politikus Partai Maju itu."))
                .singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:rudi_hartono"));
        List<Quote> q = town("\"Saya lelah sekali,\" kata Sari Lestari.\nPemain berusia 23 tahun itu mengakui kakinya mulai kram.");
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speakerId()).isEqualTo("per:sari_lestari");
    }

    @Test
    void anOfficeInLowerCaseAfterTheTag() {
        assertThat(town("Jaksa Rina Sitompul membacakan tuntutan.\n\"Terdakwa tidak menunjukkan penyesalan,\" kata jaksa."))
                .singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:rina_sitompul"));
    }

    @Test
    void nyaAfterSomeoneUnnamedIsNoOneNamedBefore() {
        List<Quote> q = town("\"Kami siap membantu,\" kata Rina Sitompul.\n"
                + "Salah seorang warga mengatakan air datang tengah malam. \"Kami tidak sempat menyelamatkan apa pun,\" ujarnya.");
        assertThat(q).hasSize(3);
        assertThat(q.get(2).speakerId()).isNull();
    }

    @Test
    void aBodyNamedByItsKindIsTheBodyNamedBefore() {
        List<Quote> q = town("PT Sumber Daya Makmur menyatakan pasokan aman. Perusahaan juga memastikan harga tidak naik.");
        assertThat(q).extracting(Quote::speakerId).containsExactly("org:pt_sumber_daya_makmur", "org:pt_sumber_daya_makmur");
    }

    @Test
    void aWordOfAPlaceIsNoPersonsSurname() {
        assertThat(town("Camat Andi Besar meninjau lokasi.\nBu Sumarni duduk di depan rumahnya di Dusun Kali Besar. "
                + "\"Saya tidak punya apa-apa lagi,\" tuturnya.")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:sumarni"));
    }

    /** The people and bodies of a hearing, a press room and a match, for the tests below. */
    private static List<Quote> hearing(String text) {
        return new QuoteFinder().apply(ArticleFixture.text(text)
                .person("per:darto_wiyono", "Darto Wiyono", "IDN", "saksi")
                .person("per:rina_sitompul", "Rina Sitompul", "IDN", "Hakim")
                .person("per:joko_susilo", "Joko Susilo", "IDN", "Pelatih")
                .person("per:sari_lestari", "Sari Lestari", "IDN", "Penyanyi")
                .person("per:hendra_wijaya", "Hendra Wijaya", "IDN", "pengusaha")
                .person("per:anna_berg", "Anna Berg", "NZL", "Menteri Luar Negeri")
                .person("per:dewi_kusuma", "Dewi Kusuma", "IDN", "Wakil Menteri Luar Negeri")
                .person("per:wamenlu", "Wamenlu", "IDN", "pejabat")
                .person("per:si_kilat", "Si Kilat", "IDN", "pemain")
                .state("IDN", "Indonesia", "RI")
                .body("org:ombudsman", "Ombudsman", "IDN")
                .body("org:kompas", "Kompas", "IDN")
                .body("org:pt_sumber_daya_makmur_tbk", "PT Sumber Daya Makmur Tbk", "IDN")
                .analysis()).quotes();
    }

    @Test
    void questionsRepliesComplaintsAndPostsAreTags() {
        for (String tag : List.of("tanya", "jawab", "sergah", "sambung", "keluh", "kisah", "kenang", "sindir", "urai", "beber",
                "tulis", "cuit")) {
            // four words without a sentence end: a quote only with its tag
            assertThat(hearing("“Doakan yang terbaik saja,” " + tag + " Darto Wiyono.")).as(tag).singleElement()
                    .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:darto_wiyono"));
        }
    }

    @Test
    void moreVerbsReportAClauseAndSomeOnlyAClause() {
        assertThat(hearing("Darto Wiyono memaparkan, pemerintah akan menambah penerbangan.")).singleElement()
                .satisfies(x -> assertThat(x.text()).isEqualTo("pemerintah akan menambah penerbangan"));
        for (String verb : List.of("menerangkan", "membantah", "menuding", "mengakui")) {
            assertThat(hearing("Darto Wiyono " + verb + " pengelola tidak menjaga pintu air.")).as(verb).singleElement()
                    .satisfies(x -> assertThat(x.text()).isEqualTo("pengelola tidak menjaga pintu air"));
        }
        for (String verb : List.of("bersaksi", "mengumumkan", "membenarkan", "menampik")) {
            assertThat(hearing("Darto Wiyono " + verb + " bahwa uangnya tidak kembali.")).as(verb).singleElement()
                    .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:darto_wiyono"));
        }
        assertThat(hearing("Darto Wiyono membantah kliennya menjadi otak jaringan itu.")).hasSize(1);
        assertThat(hearing("Darto Wiyono mengakui timnya kalah dalam duel di depan net.")).hasSize(1);
        // a thing denied, confirmed or announced is no reported speech
        assertThat(hearing("Darto Wiyono tidak membantah kritik tersebut.")).isEmpty();
        assertThat(hearing("Darto Wiyono membenarkan adanya tunggakan tersebut.")).isEmpty();
        assertThat(hearing("Darto Wiyono mengumumkan hasil uji terhadap 66 merek.")).isEmpty();
        assertThat(hearing("Darto Wiyono bersaksi di depan majelis hakim selama dua jam.")).isEmpty();
    }

    @Test
    void aDescriptionAfterTheTagMayGoOnWithWhereItWasSaid() {
        assertThat(hearing("Saksi pertama, Darto Wiyono, hadir di sidang. “Saya bayar tunai di kantornya,” kata pria berusia "
                + "58 tahun itu di kantor Kompas.")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:darto_wiyono"));
    }

    @Test
    void aDescriptionSubjectMayNameABody() {
        List<Quote> q = hearing("“Kami butuh tiga bulan lagi,” kata Darto Wiyono.\n"
                + "Wartawan senior Kompas itu menjelaskan, timnya baru menggali sebagian lahan.");
        assertThat(q).extracting(Quote::speakerId).containsExactly("per:darto_wiyono", "per:darto_wiyono");
    }

    @Test
    void aReplyAfterSomeoneActedIsTheirs() {
        List<Quote> q = hearing("“Apakah Saudara pernah melihatnya?” tanya hakim Rina Sitompul. Darto Wiyono menggeleng. "
                + "“Tidak pernah, Yang Mulia,” jawabnya.");
        assertThat(q).extracting(Quote::speakerId).containsExactly("per:rina_sitompul", "per:darto_wiyono");
    }

    @Test
    void namesInsideTheQuoteOrInQuotationMarksAreNoAntecedents() {
        assertThat(hearing("Saksi pertama, Darto Wiyono, hadir di sidang. “Uangnya saya serahkan kepada Rina Sitompul,” kata "
                + "pria berusia 58 tahun itu.")).singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:darto_wiyono"));
        assertThat(hearing("Pemain tim, Joko Susilo, yang dijuluki “Si Kilat”, mencetak 27 poin. “Gelar ini untuk ibu saya di "
                + "kampung,” kata pemain berusia 24 tahun itu.")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:joko_susilo"));
    }

    @Test
    void aDescriptionIsTheSubjectNamedBeforeNotAnObject() {
        assertThat(hearing("Penyanyi Sari Lestari bicara soal rumah tangganya dengan pengusaha Hendra Wijaya. Lewat Instagram, "
                + "pelantun lagu itu menegaskan bahwa mereka baik-baik saja.")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:sari_lestari"));
    }

    @Test
    void sangAndAnOfficeIsThePersonWithThatOffice() {
        List<Quote> q = hearing("Menteri Luar Negeri Anna Berg bertemu Wakil Menteri Luar Negeri Dewi Kusuma.\n"
                + "“Potensinya besar sekali,” ucap Dewi Kusuma.\n"
                + "Ditanya soal kunjungan berikutnya, sang menteri tersenyum. “Nantikan saja kabar baiknya,” katanya.");
        assertThat(q).extracting(Quote::speakerId).containsExactly("per:dewi_kusuma", "per:anna_berg");
        assertThat(hearing("Pelatih tim, Joko Susilo, tersenyum.\n“Kami menang,” kata Sari Lestari.\n"
                + "Sang pelatih menilai kunci kemenangan ada pada servis.")).extracting(Quote::speakerId)
                .containsExactly("per:sari_lestari", "per:joko_susilo");
    }

    @Test
    void anOfficeTheTaggerTookForAPersonIsTheOfficeHolder() {
        assertThat(hearing("Anna Berg bertemu Wakil Menteri Luar Negeri Dewi Kusuma. Menurut Wamenlu, kerja sama akan "
                + "difokuskan di timur.")).singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:dewi_kusuma"));
    }

    @Test
    void aCompanysManagementIsTheCompanyNotTheOutlet() {
        List<Quote> q = hearing("PT Sumber Daya Makmur Tbk menarik produk kaleng dari pasaran.\n"
                + "Dalam keterangan yang diterima Kompas, manajemen perseroan menyatakan penarikan dilakukan sukarela. "
                + "“Kami mohon maaf,” tulis manajemen.\nPerusahaan juga memastikan stok di gudang aman.");
        assertThat(q).extracting(Quote::speakerId).containsExactly("org:pt_sumber_daya_makmur_tbk",
                "org:pt_sumber_daya_makmur_tbk", "org:pt_sumber_daya_makmur_tbk");
    }

    @Test
    void aBodyIsNotTheStateItsNameEndsIn() {
        assertThat(hearing("Ombudsman RI menyatakan telah menerima 37 aduan.")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("org:ombudsman"));
    }

    @Test
    void menurutAfterAConnective() {
        assertThat(hearing("Darto Wiyono tidak punya pilihan. Namun, menurut dia, upah belum dibayar sejak April.")).singleElement()
                .satisfies(x -> {
                    assertThat(x.text()).startsWith("upah belum dibayar");
                    assertThat(x.speakerId()).isEqualTo("per:darto_wiyono");
                });
    }

    @Test
    void theAnswersOfAnInterviewAreTheIntervieweesWords() {
        String qa = "Apa ancaman terbesar saat ini?\nLangkap. Tanaman ini tumbuh cepat.\nBagaimana dengan perburuan?\n"
                + "Sejak 2010 kami tidak menemukan lagi bukti perburuan.";
        List<Quote> q = hearing("Kepala balai, Darto Wiyono, menerima Kompas pekan lalu.\n"
                + "Berikut petikan wawancara Kompas dengan Darto.\n" + qa);
        assertThat(q).extracting(Quote::text).containsExactly("Langkap. Tanaman ini tumbuh cepat",
                "Sejak 2010 kami tidak menemukan lagi bukti perburuan");
        assertThat(q).allSatisfy(x -> {
            assertThat(x.direct()).isTrue();
            assertThat(x.speakerId()).isEqualTo("per:darto_wiyono");
        });
        assertThat(hearing("Kepala balai, Darto Wiyono, menerima Kompas pekan lalu.\n" + qa)).isEmpty();
    }

    /** The people and bodies of a flood press conference, a trial and a protest, for the tests below. */
    private static List<Quote> pressRoom(String text) {
        return new QuoteFinder().apply(ArticleFixture.text(text)
                .person("per:rusdi_nasution", "Rusdi Nasution", "IDN", "Kepala BNPB")
                .person("per:andi_tenri_ajeng", "Andi Tenri Ajeng", "IDN", "Bupati Luwu Utara")
                .person("per:dadan_kosasih", "Dadan Kosasih", "IDN", "Bupati Garut")
                .person("per:heru_santosa", "Heru Santosa", "IDN", "terdakwa")
                .person("per:fransiskus_lamatokan", "Fransiskus Lamatokan", "IDN", "pengacara")
                .person("per:lilis_suryani", "Lilis Suryani", "IDN", "warga")
                .person("per:marieke_jansen", "Marieke Jansen", "NLD", "Duta Besar")
                .person("per:siti_hakim", "Siti Hakim", "IDN", "calon gubernur")
                .person("per:neneng_sari", "Neneng Sari", "IDN", "buruh")
                .person("per:iis_rahayu", "Iis Rahayu", "IDN", "buruh")
                .state("IDN", "Indonesia")
                .state("GBR", "Inggris")
                .place("loc:desa_sukatani", "Desa Sukatani", "IDN")
                .body("org:kemnaker", "Kemnaker", "IDN")
                .body("org:kemenpupr", "Kementerian PU", "IDN")
                .body("org:kompas", "Kompas", "IDN")
                .body("org:global_fund", "Global Fund", "CHE")
                .analysis()).quotes();
    }

    @Test
    void manyUnnamedSpeakersStillReportWords() {
        for (String s : List.of("Para buruh menilai rencana itu melanggar perjanjian kerja bersama.",
                "Di luar posko, sejumlah pengungsi mengaku belum menerima bantuan selimut.",
                "Mereka mengatakan banjir seperti ini tidak pernah terjadi sebelumnya.")) {
            assertThat(pressRoom(s)).as(s).singleElement().satisfies(x -> {
                assertThat(x.direct()).isFalse();
                assertThat(x.speakerId()).isNull();
            });
        }
        // a plural subject described with "itu" is not the body quoted just before
        assertThat(pressRoom("Kemnaker menyatakan telah menerjunkan mediator ke pabrik. "
                + "Dua serikat pekerja di pabrik itu menegaskan, tidak ada anggota yang akan mundur.")).last()
                .satisfies(x -> assertThat(x.speakerId()).isNull());
        // a number of days is no number of speakers
        assertThat(pressRoom("Dua hari lalu Rusdi Nasution mengatakan pencarian akan diperpanjang.")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:rusdi_nasution"));
    }

    @Test
    void aReplyOrAnAnnouncementReportsTheClauseAfterItsComma() {
        assertThat(pressRoom("Andi Tenri Ajeng menjawab, pemerintah kabupaten sudah mengajukan permohonan itu.")).singleElement()
                .satisfies(x -> {
                    assertThat(x.text()).startsWith("pemerintah kabupaten sudah");
                    assertThat(x.speakerId()).isEqualTo("per:andi_tenri_ajeng");
                });
        assertThat(pressRoom("Wartawan lain bertanya, apakah status tanggap darurat akan dinaikkan.")).isEmpty();
        assertThat(pressRoom("Rusdi Nasution bertanya, “Siapa yang menjaga pintu air malam itu?”")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:rusdi_nasution"));
    }

    @Test
    void stancesWithNyaHowWordsWereSaidNamingAndChantsAreNoQuotes() {
        assertThat(pressRoom("Rusdi Nasution menyatakan dukungannya terhadap target tersebut.")).isEmpty();
        assertThat(pressRoom("Dalam diskusi itu, Rusdi Nasution memaparkan panjang lebar alasannya.")).isEmpty();
        assertThat(pressRoom("Sejumlah kritikus menilai tren itu sebagai “jalan pintas” industri film.")).isEmpty();
        assertThat(pressRoom("Massa sempat meneriakkan yel-yel “Tolak PHK, tolak PHK!” sebelum membubarkan diri.")).isEmpty();
        // "sebagai" inside the subject of a clause: words reported
        assertThat(pressRoom("Siti Hakim menyebut perannya sebagai ibu adalah yang paling berat.")).singleElement()
                .satisfies(x -> assertThat(x.text()).startsWith("perannya sebagai ibu"));
    }

    @Test
    void retortsAndAStatementsCloseAreTags() {
        assertThat(pressRoom("“Relokasi? Bapak mau memindahkan nelayan dari lautnya?” balas Siti Hakim.")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:siti_hakim"));
        assertThat(pressRoom("“Anak saya baru masuk SMP,” kata Neneng Sari. “Saya juga, cicilan motor masih dua tahun,” sahut Iis Rahayu."))
                .extracting(Quote::speakerId).containsExactly("per:neneng_sari", "per:iis_rahayu");
        assertThat(pressRoom("Kemnaker menyatakan telah menerjunkan mediator.\n“Kami minta kedua pihak menahan diri,” demikian pernyataan kementerian itu."))
                .last().satisfies(x -> assertThat(x.speakerId()).isEqualTo("org:kemnaker"));
        assertThat(pressRoom("Akun resmi Kementerian PU juga membalas unggahan itu. “Tim kami akan segera meninjau lokasi,” cuit akun itu."))
                .singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("org:kemenpupr"));
    }

    @Test
    void anOfficeDescribedIsItsHolderAndARolesPersonIsNotTheSpeaker() {
        List<Quote> q = pressRoom("“Kami tidak akan berhenti,” kata Rusdi Nasution. Andi Tenri Ajeng mengangguk.\n"
                + "“Anggaran kami terbatas sekali tahun ini,” tutur bupati perempuan pertama di Luwu Utara itu.");
        assertThat(q).extracting(Quote::speakerId).containsExactly("per:rusdi_nasution", "per:andi_tenri_ajeng");
        assertThat(pressRoom("“Keterangan saksi ini berdiri sendiri,” kata kuasa hukum Heru Santosa, Fransiskus Lamatokan, seusai sidang."))
                .singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:fransiskus_lamatokan"));
        assertThat(pressRoom("“Kami tidak bersalah,” kata Heru Santosa, Fransiskus Lamatokan mengangguk.")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:heru_santosa"));
    }

    @Test
    void aQuoteHeadlineIsTheOfficeHolderNamedInTheNextParagraph() {
        List<Quote> q = pressRoom("Bupati Garut: “Kami Butuh Tenda dan Selimut”\n"
                + "Bupati Garut Dadan Kosasih menyatakan sedikitnya 340 rumah rusak.");
        assertThat(q).first().satisfies(x -> {
            assertThat(x.text()).isEqualTo("Kami Butuh Tenda dan Selimut");
            assertThat(x.speakerId()).isEqualTo("per:dadan_kosasih");
        });
        // a body before the colon speaks for itself
        assertThat(pressRoom("Kemnaker: “Jangan Percaya Pesan Berantai”\nRusdi Nasution menyatakan pesan itu hoaks.")).first()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("org:kemnaker"));
    }

    @Test
    void aLanguageAPlaceOfOriginAndARelativeClauseNameNoSpeaker() {
        assertThat(pressRoom("Lilis Suryani (52), warga Desa Sukatani, bercerita bahwa ia sedang memasak nasi.")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:lilis_suryani"));
        assertThat(pressRoom("Global Fund yang dihubungi Kompas menyatakan, “Kami berkomitmen mendukung Indonesia.”")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("org:global_fund"));
        assertThat(pressRoom("Marieke Jansen menulis dalam bahasa Inggris: “Hari bersejarah bagi kita semua.”")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:marieke_jansen"));
    }

    @Test
    void aSubheadingEndingInAPlaceLeavesTheNextSubjectAlone() {
        assertThat(pressRoom("Warga Bertahan di Halaman Rumah\nLilis Suryani, warga Desa Sukatani, bercerita bahwa ia sedang memasak."))
                .singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:lilis_suryani"));
    }

    @Test
    void aDegreeAfterANameIsNoBody() {
        List<Quote> q = new QuoteFinder().apply(ArticleFixture.text("Juru bicara, Anastasia Widya, MPH, menjelaskan, stok obat sudah dikirim.")
                .person("per:anastasia_widya", "Anastasia Widya", "IDN", "juru bicara")
                .body("org:mph", "MPH", "IDN")
                .analysis()).quotes();
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:anastasia_widya"));
    }

    @Test
    void aDegreeLikeBodyBeforeItsVerbStillSpeaks() {
        List<Quote> q = new QuoteFinder().apply(ArticleFixture.text("JAKARTA, KOMPAS - Seorang hakim tingkat banding diberhentikan sementara. "
                        + "MA menegaskan, “Pemeriksaan etik tetap berjalan sampai tuntas.”")
                .place("loc:jakarta", "JAKARTA", "IDN")
                .body("org:kompas", "KOMPAS", "IDN")
                .body("org:ma", "MA", "IDN")
                .analysis()).quotes();
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("org:ma"));
    }

    @Test
    void aTitleRelativeClauseKeepsTheNameAfterItAsSpeaker() {
        List<Quote> q = new QuoteFinder().apply(ArticleFixture.text("Wakil Ketua DPRD yang juga Ketua Harian Partai Sentosa Bambang Wiratmoko "
                        + "mengatakan, “Fraksi kami menolak kenaikan tarif air.”")
                .person("per:bambang_wiratmoko", "Bambang Wiratmoko", "IDN", "Wakil Ketua DPRD")
                .body("org:dprd", "DPRD", "IDN")
                .body("org:partai_sentosa", "Partai Sentosa", "IDN")
                .analysis()).quotes();
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:bambang_wiratmoko"));
        // a relative clause with its own verb still keeps the name after it from speaking
        assertThat(new QuoteFinder().apply(ArticleFixture.text("Surat yang dikirim Bambang Wiratmoko menyatakan, “Tarif harus ditinjau ulang.”")
                .person("per:bambang_wiratmoko", "Bambang Wiratmoko", "IDN", "Wakil Ketua DPRD")
                .analysis()).quotes()).noneMatch(x -> "per:bambang_wiratmoko".equals(x.speakerId()));
    }

    private static List<Quote> wire(String text) {
        return new QuoteFinder().apply(ArticleFixture.text(text)
                .person("per:budi_hartono", "Budi Hartono", "IDN", "director", "Hartono")
                .person("per:siti_rahma", "Siti Rahma", "IDN", "economist")
                .place("loc:maluku", "Maluku", "IDN")
                .body("org:reuters", "Reuters", "GBR")
                .analysis()).quotes();
    }

    @Test
    void englishWireCopyReportsSpeech() {
        assertThat(wire("JAKARTA, May 3 (Reuters) - Indonesia will raise subsidised fuel prices next month, a senior energy ministry "
                + "official said on Monday, adding to inflation worries.")).singleElement().satisfies(x -> {
                    assertThat(x.direct()).isFalse();
                    assertThat(x.text()).isEqualTo("Indonesia will raise subsidised fuel prices next month");
                });
        List<Quote> q = wire("“We will review the quota every month,” Budi Hartono, the ministry's director for oil and gas, told reporters.\n"
                + "He said the state agency had been asked to buy the surplus.\n"
                + "“Households come first,” Hartono added.");
        assertThat(q).extracting(Quote::speakerId).containsExactly("per:budi_hartono", "per:budi_hartono", "per:budi_hartono");
        assertThat(q.get(1).text()).startsWith("the state agency");
        assertThat(wire("Fishermen in Maluku told Reuters that catches had fallen by half this year.")).singleElement()
                .satisfies(x -> {
                    assertThat(x.text()).startsWith("catches had fallen");
                    assertThat(x.speakerId()).isNull();
                });
        assertThat(wire("According to Siti Rahma, an economist at a Jakarta bank, the decision could push inflation higher.")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:siti_rahma"));
        // a quote split by "she said" is one quote
        assertThat(wire("Siti Rahma was cautious. “The market was not ready for this,” she said, “and nobody had expected it.”"))
                .singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:siti_rahma"));
    }

    @Test
    void anEnglishReportBeforeATrailingClauseKeepsItsOwnSubjectAndEndsThere() {
        List<Quote> q = wire("Economist Siti Rahma said rice prices would keep rising, while farmers told Reuters that the harvest was late.");
        assertThat(q).extracting(Quote::text).containsExactly("rice prices would keep rising", "the harvest was late");
        assertThat(q).extracting(Quote::speakerId).containsExactly("per:siti_rahma", null);
        // the second clause names its own speaker
        assertThat(wire("Officials in Maluku said the bridge had collapsed, while Budi Hartono told reporters that the ferry still ran."))
                .extracting(Quote::speakerId).containsExactly(null, "per:budi_hartono");
        // with no report verb before it, the trailing clause still tags the words before it
        assertThat(wire("Rice prices in Maluku would keep rising next month, Siti Rahma said.")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:siti_rahma"));
    }

    @Test
    void anEnglishFirstSentenceQuotesNoDateline() {
        assertThat(wire("Ambon - Floods cut the main road to the port of Maluku on Tuesday, Siti Rahma said.\nThe road reopened.")).first()
                .satisfies(x -> assertThat(x.text()).isEqualTo("Floods cut the main road to the port of Maluku on Tuesday"));
        assertThat(wire("AMBON (Reuters) - Floods cut the main road to the port of Maluku on Tuesday, Siti Rahma said.")).first()
                .satisfies(x -> assertThat(x.text()).startsWith("Floods cut"));
        // the Indonesian tag after the words alike
        assertThat(pressRoom("Garut - Jembatan gantung di desa itu putus diterjang banjir, kata Dadan Kosasih.")).singleElement()
                .satisfies(x -> assertThat(x.text()).isEqualTo("Jembatan gantung di desa itu putus diterjang banjir"));
    }

    @Test
    void anArticleBeforeTheSourceIsNoRole() {
        List<Quote> q = new QuoteFinder().apply(ArticleFixture.text("According to the World Food Programme, fuel stocks will last two weeks.")
                .body("org:wfp", "World Food Programme", "ITA").analysis()).quotes();
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerId()).isEqualTo("org:wfp");
            assertThat(x.role()).isNull();
        });
    }

    @Test
    void menyebutWithAClauseBeforeSebagaiOrAQuotedTermReportsIt() {
        assertThat(pressRoom("Rusdi Nasution menyebut jembatan itu sudah ditetapkan sebagai jalur evakuasi sejak 2019.")).singleElement()
                .satisfies(x -> assertThat(x.text()).startsWith("jembatan itu sudah"));
        assertThat(pressRoom("Soal disiplin, Rusdi Nasution menyebut panitia memberi sanksi bagi relawan yang bersikap “cuek” di posko."))
                .singleElement().satisfies(x -> {
                    assertThat(x.text()).startsWith("panitia memberi sanksi");
                    assertThat(x.speakerId()).isEqualTo("per:rusdi_nasution");
                });
        // a verb in a relative clause describes the thing named
        assertThat(pressRoom("Rusdi Nasution menyebut jembatan yang sudah tua itu sebagai “jalur maut”.")).isEmpty();
    }

    @Test
    void aSubjectWithAnAppositionOrADegreeOrAPlaceInItsDescription() {
        assertThat(pressRoom("Neneng Sari, buruh berusia 41 tahun asal Desa Sukatani, mengaku belum menerima pesangon.")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:neneng_sari"));
        assertThat(pressRoom("Lilis Suryani (52), penjual sayur di Desa Sukatani, Indonesia, mengatakan harga cabai naik.")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:lilis_suryani"));
        List<Quote> q = new QuoteFinder().apply(ArticleFixture.text("Dokter penyakit dalam, dr. Anastasia Widya, Sp.PD, menjelaskan bahwa pasien sudah stabil.")
                .person("per:anastasia_widya", "Anastasia Widya", "IDN", "dokter")
                .person("per:sp_pd", "Sp.PD", "IDN", "dokter")
                .analysis()).quotes();
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:anastasia_widya"));
    }

    @Test
    void pihaknyaBarePeopleThereIsAndBeliefs() {
        assertThat(pressRoom("“Stok tenda kami cukup,” kata Rusdi Nasution. Pihaknya juga memastikan distribusi akan dipercepat pekan depan."))
                .extracting(Quote::speakerId).containsExactly("per:rusdi_nasution", "per:rusdi_nasution");
        assertThat(pressRoom("Namun penumpang mengaku belum menerima kompensasi apa pun.")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isNull());
        assertThat(pressRoom("Kemnaker dalam pernyataannya mengakui ada keterlambatan pembayaran upah.")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("org:kemnaker"));
        assertThat(pressRoom("Mereka percaya menyebut nama gunung itu bisa mendatangkan bencana.")).isEmpty();
    }

    @Test
    void anOfficeOrABodysKindAloneAsSubject() {
        assertThat(pressRoom("Kapolsek Sukamaju, Kompol Heru Santosa, tiba di lokasi.\nKapolsek menyebut kedua pelaku sudah ditahan.")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:heru_santosa"));
        assertThat(pressRoom("Wali Kota Garut, Dadan Kosasih, meninjau pasar.\nWali kota memastikan pasar itu akan dibangun kembali.")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:dadan_kosasih"));
        List<Quote> head = new QuoteFinder().apply(ArticleFixture.text("Kepala BNPB Rusdi Nasution meninjau posko.\n"
                        + "Kepala BNPB menambahkan, bantuan logistik akan tiba besok.")
                .person("per:rusdi_nasution", "Rusdi Nasution", "IDN", "Kepala BNPB")
                .body("org:bnpb", "BNPB", "IDN")
                .analysis()).quotes();
        assertThat(head).singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:rusdi_nasution"));
        assertThat(pressRoom("Kementerian PU mengimbau warga menjauhi sungai yang dipantau Kemnaker.\n"
                + "Dalam pernyataan yang dikutip Kompas, kementerian itu menyebut tiga jembatan rusak berat.")).singleElement()
                .satisfies(x -> assertThat(x.speakerId()).isEqualTo("org:kemenpupr"));
        List<Quote> promoter = new QuoteFinder().apply(ArticleFixture.text("Konser digelar PT Cahaya Abadi di Senayan.\n"
                        + "“Kami menyesal atas kekacauan ini,” tulis promotor.")
                .body("org:pt_cahaya_abadi", "PT Cahaya Abadi", "IDN")
                .analysis()).quotes();
        assertThat(promoter).singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("org:pt_cahaya_abadi"));
    }

    @Test
    void aBodyBeforeItsParentNicknamesAndObjectsAreNoSpeakers() {
        List<Quote> q = new QuoteFinder().apply(ArticleFixture.text("Badan Pangan (BPN) Kementerian Pertanian mengingatkan bahwa stok beras cukup sampai Juni.")
                .body("org:bpn", "BPN", "IDN")
                .body("org:kementan", "Kementerian Pertanian", "IDN")
                .analysis()).quotes();
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("org:bpn"));
        List<Quote> nickname = new QuoteFinder().apply(ArticleFixture.text("Pemilik toko, Hendra Wijaya, mengaku sudah mendaftar.\n"
                        + "“Yang repot itu mencari pemasok,” ujar pria yang akrab disapa Ko Aheng itu.")
                .person("per:hendra_wijaya", "Hendra Wijaya", "IDN", "pemilik toko")
                .person("per:ko_aheng", "Ko Aheng", "IDN", "pemilik toko")
                .analysis()).quotes();
        assertThat(nickname).extracting(Quote::speakerId).containsExactly("per:hendra_wijaya", "per:hendra_wijaya");
        List<Quote> quoted = new QuoteFinder().apply(ArticleFixture.text("Pemain muda Hendra Wijaya mengaku belum percaya.\n"
                        + "“Ibu saya sampai menangis,” kata pemain yang dijuluki “Kilat” itu sambil tertawa.")
                .person("per:hendra_wijaya", "Hendra Wijaya", "IDN", "pemain")
                .analysis()).quotes();
        assertThat(quoted).extracting(Quote::speakerId).containsExactly("per:hendra_wijaya", "per:hendra_wijaya");
        assertThat(pressRoom("Lilis Suryani duduk memeluk foto anaknya yang hilang saat banjir menerjang Neneng Sari. Ia bercerita, air naik "
                + "dalam hitungan menit.")).singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:lilis_suryani"));
    }

    /** The people, places and bodies of a local news beat, for the tests below. */
    private static List<Quote> beat(String text) {
        return new QuoteFinder().apply(ArticleFixture.text(text)
                .person("per:budi_santoso", "Budi Santoso", "IDN", "Kepala desa")
                .person("per:joko_susilo", "Joko Susilo", "IDN", "Ketua koperasi", "Joko")
                .person("per:ratna_sari_dewi", "Ratna Sari Dewi", "IDN", "peneliti")
                .person("per:siti_aminah", "Siti Aminah", "IDN", "Guru")
                .person("per:hendra_kusuma", "Hendra Kusuma", "IDN", "juru bicara Kejaksaan Agung")
                .person("per:rudi_hartono", "Rudi Hartono", "IDN", "fotografer")
                .state("IDN", "Indonesia")
                .place("loc:pasar_senen", "Pasar Senen", "IDN")
                .place("loc:semarang", "Semarang", "IDN")
                .body("org:kemensos", "Kementerian Sosial", "IDN")
                .body("org:ugm", "Universitas Gadjah Mada", "IDN")
                .body("org:kejagung", "Kejaksaan Agung", "IDN")
                .analysis()).quotes();
    }

    @Test
    void aSubjectLeftUnnamedKeepsItsWordsWithoutThePlaceOrBodyInIt() {
        List<Quote> q = beat("Seorang penjual sayur di kawasan Pasar Senen mengaku belum menerima bantuan dari pemerintah. "
                + "\"Belum ada petugas yang datang ke sini,\" katanya.\n"
                + "Warga lain yang enggan disebut namanya menuturkan bahwa bantuan hanya dibagikan di kantor kelurahan.\n"
                + "Sumber lain di Kementerian Sosial mengungkapkan bahwa data penerima belum diperbarui sejak 2021.");
        assertThat(q).extracting(Quote::text).containsExactly("belum menerima bantuan dari pemerintah",
                "Belum ada petugas yang datang ke sini", "bantuan hanya dibagikan di kantor kelurahan",
                "data penerima belum diperbarui sejak 2021");
        assertThat(q).extracting(Quote::speakerId).containsOnlyNulls();
    }

    @Test
    void nyaAfterAnUnnamedSpeakersWordsIsThemInTheNextParagraphToo() {
        List<Quote> q = beat("Kepala desa Budi Santoso mengatakan jalan itu akan diperbaiki bulan depan.\n"
                + "Seorang pegawai kecamatan yang enggan disebut namanya mengatakan bahwa anggaran perbaikan belum cair.\n"
                + "\"Uangnya masih tertahan di kabupaten,\" katanya.");
        assertThat(q).hasSize(3);
        assertThat(q.get(0).speakerId()).isEqualTo("per:budi_santoso");
        assertThat(q.get(2).speakerId()).isNull();
    }

    @Test
    void aPhotosCreditAfterAnUnnamedSpeakersTagIsNoSpeaker() {
        List<Quote> q = beat("Warga mengungsi ke balai desa.\n"
                + "\"Airnya datang tiba-tiba tengah malam,\" kata seorang warga. (Foto/Rudi Hartono)");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speakerId()).isNull());
    }

    @Test
    void wordsClosingTheirParagraphUntaggedAreThoseOfWhomTheNextParagraphSaysSaidThem() {
        for (String lead : List.of("Pernyataan itu disampaikan", "Demikian dikatakan")) {
            List<Quote> q = beat("\"Kami tidak akan mundur sedikit pun dari tuntutan ini.\"\n"
                    + lead + " Ketua Serikat Petani Jawa Tengah Joko Susilo di Semarang, Senin.");
            assertThat(q).singleElement().satisfies(x -> assertThat(x.speakerId()).isEqualTo("per:joko_susilo"));
        }
    }

    @Test
    void menurutInsideTheSentenceAfterAShortSubject() {
        List<Quote> q = beat("Ketua koperasi Joko Susilo hadir dalam rapat itu.\nDana itu, menurut Joko, dipakai untuk membeli pupuk.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerId()).isEqualTo("per:joko_susilo");
            assertThat(x.text()).startsWith("Dana itu");
        });
    }

    @Test
    void menurutARoleThenTheNameBetweenCommasIsThePerson() {
        List<Quote> q = beat("Menurut peneliti Universitas Gadjah Mada, Ratna Sari Dewi, harga beras akan naik menjelang Lebaran.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerId()).isEqualTo("per:ratna_sari_dewi");
            assertThat(x.text()).isEqualTo("harga beras akan naik menjelang Lebaran");
        });
    }

    @Test
    void aTitleInQuotationMarksInsideReportedWordsIsNoQuote() {
        List<Quote> q = beat("Guru Siti Aminah bercerita bahwa murid-muridnya bergantian membaca satu novel, \"Bumi Manusia\", setiap pekan.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.direct()).isFalse();
            assertThat(x.text()).startsWith("murid-muridnya bergantian");
        });
    }

    @Test
    void aTwoWordOfficeAsSubjectIsThePersonNamedWithIt() {
        List<Quote> q = beat("\"Berkas perkara sudah lengkap,\" kata juru bicara Kejaksaan Agung, Hendra Kusuma, di Jakarta.\n"
                + "Juru bicara Kejaksaan Agung juga menyebut tersangka akan segera disidangkan.");
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speakerId()).isEqualTo("per:hendra_kusuma");
    }

    @Test
    void aTitleLongerThanItsReachBeforeANameSetOffByCommasStillGivesTheOffice() {
        List<Quote> q = beat("Kepala desa Budi Santoso mengatakan jalan itu akan diperbaiki bulan depan.\n"
                + "Kepala Kantor Wilayah Kementerian Sosial Provinsi Jawa Tengah, Joko Susilo, menyebut bantuan sudah disalurkan.\n"
                + "Menurut Kepala Kanwil Kementerian Sosial, penyaluran tahap kedua dimulai bulan depan.");
        assertThat(q).hasSize(3);
        assertThat(q.get(2).speakerId()).isEqualTo("per:joko_susilo");
    }
}
