package id.linimasa.timeline;

import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.SharedData;
import id.linimasa.event.Plover;
import id.linimasa.event.Precision;
import id.linimasa.extract.ArticleExtractor;
import id.linimasa.page.PageReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance on the five seed pages in ../shared/seeds (read at test time, never copied): from raw page to
 * the Russia-North Korea timeline through the whole standard pipeline. Asserts its structure: which kinds
 * of events stand at which dates, from how many sources, and that nothing comes after the newest page.
 */
class SeedTimelineTest {

    private static List<Analysis> SEEDS;
    private static List<TimelineRow> pair;

    /** Every page of a folder under the repository root, read and analysed by the standard pipeline. */
    static List<Analysis> analyseFolder(String relative) throws Exception {
        Path folder = Path.of(System.getProperty("linimasa.root", ".")).resolve(relative);
        assertThat(folder).as(relative).isDirectory();
        return analyseFolder(folder);
    }

    /** Every page of {@code folder}, read and analysed by the standard pipeline. */
    static List<Analysis> analyseFolder(Path folder) throws Exception {
        List<Analysis> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.add(Linimasa.analyse(new ArticleExtractor().extract(new PageReader().read(f.toString(), f))));
            }
        }
        return out;
    }

    @BeforeAll
    static void analyseSeeds() throws Exception {
        SEEDS = analyseFolder(SharedData.seeds());
        assertThat(SEEDS).hasSize(5);
        pair = new TimelineBuilder().build(SEEDS, TimelineQuery.involving("RUS", "PRK"));
    }

    private static List<TimelineRow> rows(Plover type, String date) {
        return pair.stream().filter(r -> r.type() == type && r.date().equals(date)).toList();
    }

    @Test
    void everyDatedMeetingAndVisitOnceAtItsOwnDate() {
        for (String day : List.of("2019-04-26", "2023-09-13", "2024-01-16", "2024-06-19", "2025-02-27", "2025-10-27")) {
            List<TimelineRow> meetings = rows(Plover.CONSULT, day).stream().filter(r -> !"letter".equals(r.mode())).toList();
            assertThat(meetings).as("meeting on %s in %s", day, pair).hasSize(1);
            assertThat(meetings.getFirst().precision()).isEqualTo(Precision.DAY);
        }
        assertThat(rows(Plover.CONSULT, "2025-10-27").getFirst().mode()).isEqualTo("visit");
    }

    @Test
    void theDelegationMeetingToldByTwoOutletsOnDifferentDaysIsOneEventWithTwoSources() {
        TimelineRow r = rows(Plover.CONSULT, "2025-02-27").getFirst();
        assertThat(r.sources()).isEqualTo(2);
        assertThat(r.evidence().stream().map(Evidence::outlet).distinct()).hasSize(2);
        assertThat(r.evidence().stream().map(Evidence::published).map(p -> p.substring(0, 10)).distinct())
                .as("published on different days").hasSize(2);
        assertThat(r.otherDates()).isEmpty();
    }

    @Test
    void theLettersBothWaysAndTheAgreements() {
        // the reply, told undated two paragraphs later, answers the letter of that day in an article of that day
        List<TimelineRow> letters = rows(Plover.CONSULT, "2022-08-15");
        assertThat(letters).extracting(TimelineRow::mode).containsExactly("letter", "letter");
        assertThat(letters).extracting(TimelineRow::summary).anyMatch(s -> s.startsWith("Vladimir Putin"))
                .anyMatch(s -> s.startsWith("Kim Jong Un"));
        assertThat(rows(Plover.AGREE, "2019")).hasSize(1);
        // Putin's dated statement on Korea Utara, told beside the visit he received, is its own row
        assertThat(rows(Plover.STATEMENT, "2025-10-27")).hasSize(1);
        assertThat(rows(Plover.AGREE, "2024")).hasSize(1);
        assertThat(pair).filteredOn(r -> r.type() == Plover.COOPERATE && r.date().startsWith("2024-01")).hasSize(1);
    }

    @Test
    void eachEventOnceWithItsSources() {
        Set<String> seen = new HashSet<>();
        for (TimelineRow r : pair) {
            String mode = "visit".equals(r.mode()) ? "meet" : r.mode();
            assertThat(seen.add(r.type() + "|" + mode + "|" + r.date() + "|" + r.summary())).as("twice: %s", r).isTrue();
            assertThat(r.sources()).isPositive();
            assertThat(r.evidence()).isNotEmpty();
            assertThat(r.actors()).hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(pair).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void everyRowIsDatedWithinTheParagraphOfItsEvidence() {
        for (TimelineRow r : pair) {
            boolean dated = r.evidence().stream().anyMatch(e -> {
                Analysis a = SEEDS.stream().filter(x -> x.article().id().equals(e.articleId())).findFirst().orElseThrow();
                String text = a.text();
                // a reply is dated by the letter it answers, earlier in its article
                int from = e.sentence().contains("membalas") ? 0 : text.lastIndexOf('\n', e.span().start() - 1) + 1;
                int to = text.indexOf('\n', e.span().end());
                int end = to < 0 ? text.length() : to;
                return a.timexes().stream().anyMatch(t -> t.span().start() >= from && t.span().end() <= end
                        && t.value() != null && t.value().startsWith(r.date()));
            });
            assertThat(dated).as("date of %s stated in its paragraph", r).isTrue();
        }
        // background told without a date of its own takes none from an earlier paragraph
        assertThat(pair).noneMatch(r -> r.type() == Plover.SUPPORT && r.date().equals("2024"));
        assertThat(pair).noneMatch(r -> r.type() == Plover.AID && r.date().equals("2024"));
        assertThat(pair).noneMatch(r -> r.type() == Plover.REJECT && r.date().startsWith("2022"));
    }

    @Test
    void orderedByDateAndNothingAfterTheNewestPage() {
        LocalDate newest = SEEDS.stream().map(a -> a.article().published().date()).max(LocalDate::compareTo).orElseThrow();
        List<LocalDate> starts = pair.stream().map(r -> DateRange.of(r.date()).first()).toList();
        assertThat(starts).isSorted();
        assertThat(starts).allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(newest));
    }

    @Test
    void evidenceComesFromTheArticlesNotTheirSidebars() {
        Set<String> ids = new HashSet<>();
        for (Analysis a : SEEDS) ids.add(a.article().id());
        for (TimelineRow r : pair) {
            for (Evidence e : r.evidence()) {
                assertThat(ids).contains(e.articleId());
                Analysis a = SEEDS.stream().filter(x -> x.article().id().equals(e.articleId())).findFirst().orElseThrow();
                assertThat(a.text().substring(e.span().start(), e.span().end())).isEqualTo(e.sentence());
                assertThat(e.span().start() >= a.article().captionStart()).isEqualTo(e.caption());
            }
        }
    }
}
