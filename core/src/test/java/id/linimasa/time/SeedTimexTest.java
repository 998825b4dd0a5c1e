package id.linimasa.time;

import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.SharedData;
import id.linimasa.extract.Article;
import id.linimasa.extract.ArticleExtractor;
import id.linimasa.page.PageReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time requirements of issue 2 on the five seed pages, read from ../shared at run time: each page goes
 * through extraction and the standard analysis pipeline, and is found by the publication date extracted from it.
 */
class SeedTimexTest {

    private record Page(LocalDate published, String text, List<Timex> timexes) {
        String value(String expression) {
            return timexes.stream().filter(t -> t.text().equals(expression)).map(Timex::value).findFirst().orElse(null);
        }

        /** The value of the expression that follows the given words ("sejak" -> the year after it). */
        String valueAfter(String words) {
            return timexes.stream().filter(t -> text.substring(0, t.span().start()).endsWith(words)).map(Timex::value).findFirst().orElse(null);
        }
    }

    private static final List<Page> PAGES = new ArrayList<>();

    @BeforeAll
    static void read() throws Exception {
        Path seeds = SharedData.seeds();
        PageReader reader = new PageReader();
        ArticleExtractor extractor = new ArticleExtractor();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                Article a = extractor.extract(reader.read(f.toString(), f));
                if (a.published() == null) continue;
                Analysis analysis = Linimasa.analyse(a);
                PAGES.add(new Page(a.published().date(), analysis.text(), analysis.timexes()));
            }
        }
    }

    private static Page page(String published) {
        return PAGES.stream().filter(p -> p.published().toString().equals(published)).findFirst()
                .orElseThrow(() -> new AssertionError("no seed page published " + published + " among " + PAGES.stream().map(Page::published).toList()));
    }

    @Test
    void bareMondayInAPagePublishedOnWednesdayIsTheMondayBefore() {
        assertThat(page("2025-10-29").value("hari Senin")).isEqualTo("2025-10-27");
    }

    @Test
    void thursdayWithBracketDate() {
        assertThat(page("2025-02-28").value("Kamis (27/2)")).isEqualTo("2025-02-27");
    }

    @Test
    void wednesdayYesterdayIsTheWednesdayBeforePublication() {
        assertThat(page("2025-02-28").value("Rabu kemarin")).isEqualTo("2025-02-26");
    }

    @Test
    void mondayWithBracketDateWithoutSpace() {
        assertThat(page("2022-08-15").value("Senin(15/8)")).isEqualTo("2022-08-15");
    }

    @Test
    void yearsAfterPadaAndSejak() {
        assertThat(page("2025-10-29").valueAfter("Pada ")).isEqualTo("2024");
        assertThat(page("2024-01-17").valueAfter("sejak ")).isEqualTo("1948");
    }

    @Test
    void julyAloneIsAJuly() {
        assertThat(page("2025-10-29").value("bulan Juli")).matches("\\d{4}-07").isEqualTo("2025-07");
    }

    @Test
    void numbersThatAreNotTimesAreNotTagged() {
        for (Page p : List.of(page("2025-10-29"), page("2025-02-28"), page("2024-01-17"))) {
            assertThat(p.timexes()).noneMatch(t -> t.text().matches("\\d+(\\.\\d+)?") && !t.text().matches("(19|20)\\d\\d"));
        }
    }
}
