package id.linimasa.time;

import id.linimasa.extract.PublicationTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time requirements of issue 2 on the five seed pages, read from ../shared at run time. Each page is found
 * by its publication date, read here minimally from its date line (the first line stating a weekday and a
 * date, or "Diposting pada"/"Diterbitkan" and a date), and tagged whole.
 */
class SeedTimexTest {

    private static final Pattern DATE_LINE = Pattern.compile("(?im)^.*?(?:(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu),?|diposting pada|diterbitkan)\\s+"
            + "(\\d{1,2})\\s+(\\p{L}+)\\s+(\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("agu", 8),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("okt", 10), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("des", 12),
            Map.entry("dec", 12));

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
    static void read() throws IOException {
        Path seeds = Path.of(System.getProperty("linimasa.root", ".")).resolve("../shared/seeds");
        if (!Files.isDirectory(seeds)) return;
        TimexTagger tagger = new TimexTagger();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = DATE_LINE.matcher(text);
                if (!m.find()) continue;
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2).toLowerCase().substring(0, 3)), Integer.parseInt(m.group(1)));
                PAGES.add(new Page(d, text, tagger.tag(text, PublicationTime.ofDate(d))));
            }
        }
    }

    private static Page page(String published) {
        assertThat(Path.of(System.getProperty("linimasa.root", ".")).resolve("../shared/seeds")).as("../shared/seeds").isDirectory();
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
