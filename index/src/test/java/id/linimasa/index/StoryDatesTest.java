package id.linimasa.index;

import id.linimasa.event.Plover;
import id.linimasa.page.Page;
import id.linimasa.timeline.TimelineQuery;
import id.linimasa.timeline.TimelineRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One event told by two outlets of one story with dates that disagree is one row that shows the disagreement; two
 * meetings of the same two states a couple of days apart, told in two stories, are two rows.
 */
class StoryDatesTest {

    @TempDir
    Path dir;

    /** The meeting of 27 February, told by a second outlet that dates it three days earlier. */
    private static final Page MISDATED = TestPages.page("m.txt", "Delegasi Korut Temui Putin", "Warta Kota", "2025-03-01T10:00+07:00",
            "Presiden Rusia Vladimir Putin bertemu dengan delegasi Korea Utara di Moskow (24/2/2025) untuk membahas jalur kereta "
                    + "api baru dan pasokan pupuk.\nMenurut sumber kami, pertemuan tiga jam itu juga membicarakan penerbangan langsung "
                    + "antara kedua ibu kota mulai musim panas mendatang, serta kerja sama ekonomi yang lebih erat.");

    /** Two later meetings of Russia and North Korea on other matters, in two stories of their own. */
    private static final Page FISHERIES = TestPages.page("p.txt", "Rusia dan Korut Bahas Perikanan", "Harian Nusantara",
            "2025-03-12T09:00+07:00",
            "Rusia dan Korea Utara bertemu di Vladivostok (11/3/2025) membahas kuota penangkapan ikan di Laut Jepang.\n"
                    + "Nelayan kedua negara menunggu hasil perundingan soal musim tangkap kepiting dan pollock.");
    private static final Page STUDENTS = TestPages.page("q.txt", "Pertukaran Pelajar Korut", "Kabar Timur", "2025-03-14T09:00+07:00",
            "Kim Jong Un bertemu Vladimir Putin (13/3/2025) untuk meresmikan program beasiswa universitas di Novosibirsk.\n"
                    + "Sebanyak dua ratus mahasiswa akan belajar teknik dan kedokteran mulai September.");

    @Test
    void oneEventToldWithTwoDatesInOneStoryIsOneRowShowingBoth() throws IOException {
        try (Corpus c = Corpus.open(dir)) {
            c.ingest(List.of(TestPages.ORIGINAL, MISDATED), TestPages::analyse, IngestListener.NONE);
            assertThat(story(c, MISDATED)).as("the two reports are one story").isEqualTo(story(c, TestPages.ORIGINAL));
            List<TimelineRow> meetings = meetings(c);
            assertThat(meetings).hasSize(1);
            assertThat(meetings.getFirst().date()).isEqualTo("2025-02-27");
            assertThat(meetings.getFirst().otherDates()).containsExactly("2025-02-24");
            assertThat(meetings.getFirst().sources()).isEqualTo(2);
        }
    }

    @Test
    void twoMeetingsDaysApartInTwoStoriesStayTwoRows() throws IOException {
        try (Corpus c = Corpus.open(dir)) {
            c.ingest(List.of(FISHERIES, STUDENTS), TestPages::analyse, IngestListener.NONE);
            assertThat(story(c, STUDENTS)).as("two stories").isNotEqualTo(story(c, FISHERIES));
            assertThat(meetings(c)).extracting(TimelineRow::date).containsExactly("2025-03-11", "2025-03-13");
        }
    }

    private static String story(Corpus c, Page p) throws IOException {
        return c.article(TestPages.id(p)).orElseThrow().storyId();
    }

    private static List<TimelineRow> meetings(Corpus c) throws IOException {
        return c.timeline(TimelineQuery.all()).stream().filter(r -> r.type() == Plover.CONSULT).toList();
    }
}
