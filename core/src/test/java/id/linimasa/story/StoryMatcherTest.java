package id.linimasa.story;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StoryMatcherTest {

    static final String BODY = "Menteri luar negeri kedua negara bertemu di ibu kota pada Selasa untuk membahas perdagangan beras, "
            + "jalur pelayaran baru dan kerja sama pendidikan. Pertemuan itu ditutup dengan penandatanganan nota kesepahaman "
            + "tentang beasiswa bagi dua ratus mahasiswa setiap tahun mulai tahun depan.";
    static final LocalDate DAY = LocalDate.of(2025, 5, 6);

    static StoryFeatures features(String id, String text, LocalDate published, Set<String> entities, Set<String> events) {
        return new StoryFeatures(id, published, TextSignature.of(text), entities, events, text.length(), entities);
    }

    private final StoryMatcher matcher = new StoryMatcher();

    @Test
    void aCopyUnderOtherClutterIsADuplicate() {
        var original = features("a", BODY, DAY, Set.of("IDN", "MYS"), Set.of());
        var copy = features("b", "Baca juga: Harga emas turun lagi hari ini\n" + BODY + "\nIkuti kanal kami untuk berita terkini.",
                DAY.plusDays(1), Set.of("IDN", "MYS"), Set.of());
        assertThat(matcher.compare(original, copy).relation()).isEqualTo(StoryMatcher.Relation.DUPLICATE);
    }

    @Test
    void anotherReportOfTheSameMeetingIsTheSameStoryNotADuplicate() {
        var a = features("a", BODY, DAY, Set.of("IDN", "MYS", "per:menlu"), Set.of("CONSULT@2025-05-06"));
        var b = features("b", "Pertemuan menteri luar negeri di ibu kota menghasilkan nota kesepahaman beasiswa untuk mahasiswa. "
                + "Selain pendidikan, keduanya membahas perdagangan beras dan pelayaran.", DAY.plusDays(2),
                Set.of("IDN", "MYS"), Set.of("CONSULT@2025-05-06"));
        var m = matcher.compare(a, b);
        assertThat(m.relation()).isEqualTo(StoryMatcher.Relation.SAME_STORY);
    }

    @Test
    void unrelatedOrDistantReportsAreNotLinked() {
        var a = features("a", BODY, DAY, Set.of("IDN", "MYS"), Set.of("CONSULT@2025-05-06"));
        var football = features("b", "Tim tamu menang dua gol tanpa balas dalam laga yang diguyur hujan deras sepanjang babak kedua.",
                DAY, Set.of("org:klub"), Set.of());
        assertThat(matcher.compare(a, football).relation()).isEqualTo(StoryMatcher.Relation.UNRELATED);
        var sameWordsMonthsLater = features("c", BODY.replace("Selasa", "Kamis") + " Kali ini pertemuan berlangsung di Bali.",
                DAY.plusMonths(3), Set.of("IDN", "MYS"), Set.of());
        assertThat(matcher.compare(a, sameWordsMonthsLater).relation()).isNotEqualTo(StoryMatcher.Relation.SAME_STORY);
        assertThat(matcher.compare(a, features("d", "", DAY, Set.of(), Set.of())).relation()).isEqualTo(StoryMatcher.Relation.UNRELATED);
    }
}
