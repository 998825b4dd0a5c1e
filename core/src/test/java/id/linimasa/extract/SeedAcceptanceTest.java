package id.linimasa.extract;

import id.linimasa.SharedData;
import id.linimasa.page.Page;
import id.linimasa.page.PageReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 2's extraction requirements on the five seed dumps in ../shared/seeds. Every expectation is
 * computed from the seed file at test time with this test's own patterns; no seed text is in the repository.
 */
class SeedAcceptanceTest {

    private static final Pattern CLUTTER = Pattern.compile("(?i)^(baca juga|berita terkait|populer|berita terbaru|update|disclaimer|promosi|pilihan editor"
            + "|lanjutkan membaca|loading|video pilihan|baca selengkapnya|selengkapnya|url berhasil|facebook)|kali dibaca|bagaimana pendapat anda|hari lalu$");
    private static final Pattern SECTION = Pattern.compile("(?i)^(berita terkait|populer|berita terbaru|update|disclaimer)$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(via [A-Z]+|/AFP|\\(Dok\\..*\\)|\\(KRT via AP Video\\)|\\(Liputan6\\.com/\\w+\\))(\\.\\.\\. Selengkapnya)?$");
    private static final Pattern TIMED = Pattern.compile("(?i)(\\d{1,2}) (\\p{L}+) (\\d{4})\\D{0,4}(\\d{2}):(\\d{2}) WIB");
    private static final Pattern DATE_ONLY = Pattern.compile("(?i)Diposting pada (\\d{1,2}) (\\p{L}+) (\\d{4})");
    private static final Pattern LEAD = Pattern.compile("^([^,]{2,30}), ([^ ,]{2,30}) [–-] ");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("agu", 8),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("okt", 10), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("des", 12), Map.entry("dec", 12));

    @TestFactory
    Stream<DynamicTest> seeds() throws Exception {
        Path seeds = SharedData.seeds();
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSize(5);
        ArticleExtractor extractor = new ArticleExtractor();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f, extractor)));
    }

    private static void check(Path file, ArticleExtractor extractor) throws Exception {
        Page page = new PageReader().read(file.toString(), file);
        Article a = extractor.extract(page);
        List<String> lines = Arrays.stream(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\\R"))
                .map(l -> l.replaceAll("[\\s\\u00a0]+", " ").strip()).filter(l -> !l.isEmpty()).toList();
        List<String> body = List.of(a.text().split("\n"));

        // the body is the page's own lines, each once, none of them clutter, sidebar or caption
        assertThat(body).allSatisfy(b -> assertThat(lines).contains(b));
        assertThat(new HashSet<>(body)).hasSameSizeAs(body);
        assertThat(body).noneMatch(b -> CLUTTER.matcher(b).find());
        assertThat(body).noneMatch(b -> PHOTO_CREDIT.matcher(b).find());
        int firstSection = indexOf(lines, l -> SECTION.matcher(l).matches());
        if (firstSection >= 0) {
            Set<String> sidebar = new HashSet<>(lines.subList(firstSection, lines.size()));
            assertThat(body).noneMatch(sidebar::contains);
        }
        // the lead's first sentence once, even where the page repeats it
        String leadSentence = LEAD.matcher(body.get(0)).replaceFirst("").split("(?<=\\.) ")[0];
        assertThat(count(a.text(), leadSentence)).isEqualTo(1);
        for (String l : lines) {
            if (lines.stream().filter(l::equals).count() > 1) assertThat(count(a.text(), l)).isLessThanOrEqualTo(1);
        }

        // captions: every line ending in a photo credit is a caption, not body
        for (String l : lines) {
            if (PHOTO_CREDIT.matcher(l).find()) {
                assertThat(a.captions()).anyMatch(c -> l.startsWith(c));
            }
        }

        // title: a headline-like line above the body that shares words with it, or null when there is none
        int bodyStart = lines.indexOf(body.get(0));
        String expectedTitle = null;
        for (String l : lines.subList(0, bodyStart)) {
            if (!l.endsWith(".") && !PHOTO_CREDIT.matcher(l).find() && l.split(" ").length >= 4 && sharedWords(l, a.text()) >= 3 && !TIMED.matcher(l).find()) {
                expectedTitle = l;
                break;
            }
        }
        assertThat(a.title()).isEqualTo(expectedTitle);

        // published, with the WIB zone when the page gives a time; a date alone when it does not
        String joined = String.join("\n", lines.subList(0, bodyStart));
        Matcher timed = TIMED.matcher(joined);
        Matcher dateOnly = DATE_ONLY.matcher(joined);
        if (timed.find()) {
            String expected = String.format(Locale.ROOT, "%s-%02d-%02dT%s:%s+07:00", timed.group(3), month(timed.group(2)),
                    Integer.parseInt(timed.group(1)), timed.group(4), timed.group(5));
            assertThat(a.published().iso()).isEqualTo(expected);
        } else {
            assertThat(dateOnly.find()).isTrue();
            assertThat(a.published().iso()).isEqualTo(String.format(Locale.ROOT, "%s-%02d-%02d", dateOnly.group(3), month(dateOnly.group(2)),
                    Integer.parseInt(dateOnly.group(1))));
        }
        assertThat(a.modified() != null).isEqualTo(joined.contains("Diperbarui"));

        // bylines
        List<String> authors = new ArrayList<>();
        List<String> editors = new ArrayList<>();
        for (int i = 0; i < bodyStart; i++) {
            String l = lines.get(i);
            if (l.equals("Reporter")) authors.add(lines.get(i + 1));
            if (l.equals("Editor")) editors.add(lines.get(i + 1));
            Matcher lap = Pattern.compile("LAPORAN: (.+)$").matcher(l);
            if (lap.find()) authors.add(lap.group(1));
            Matcher oleh = Pattern.compile("^oleh (.+?) Diperbarui").matcher(l);
            if (oleh.find()) authors.add(oleh.group(1));
        }
        assertThat(lower(a.authors())).isEqualTo(lower(authors));
        assertThat(lower(a.editors())).isEqualTo(lower(editors));

        // outlet and dateline from the lead; null when the lead has none
        Matcher lead = LEAD.matcher(body.get(0));
        if (lead.find()) {
            String brand = lead.group(1).contains(".") ? lead.group(1) : lead.group(2);
            String place = brand.equals(lead.group(1)) ? lead.group(2) : lead.group(1);
            assertThat(a.outlet()).isEqualTo(brand);
            assertThat(a.dateline()).isEqualTo(place);
        } else {
            assertThat(a.outlet()).isNull();
            assertThat(a.dateline()).isNull();
        }

        // credits named by the page
        List<String> credits = new ArrayList<>();
        for (String l : lines) {
            Matcher s = Pattern.compile("^Sumber: (\\S+)$").matcher(l);
            if (s.find()) credits.add(s.group(1));
            if (l.matches("[A-Z]+( \\| [A-Z]+)+")) credits.addAll(List.of(l.split(" \\| ")));
            Matcher k = Pattern.compile("kantor berita (?:\\p{Lu}\\p{Ll}+ )*([A-Z]{3,})").matcher(l);
            while (k.find()) credits.add(k.group(1));
        }
        assertThat(lower(a.credits())).containsAll(lower(credits));
        if (credits.isEmpty() && !a.text().contains("dikutip") && !a.text().contains("melaporkan")) assertThat(a.credits()).isEmpty();

        assertThat(a.language()).isEqualTo("id");
        assertThat(a.id()).isEqualTo(page.sha256().substring(0, 16));
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    private static List<String> lower(List<String> xs) {
        return xs.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
    }

    private static int indexOf(List<String> lines, Predicate<String> p) {
        for (int i = 0; i < lines.size(); i++) if (p.test(lines.get(i))) return i;
        return -1;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }

    private static long sharedWords(String line, String body) {
        Set<String> words = new HashSet<>(List.of(body.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
        return Arrays.stream(line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(w -> w.length() > 3 && words.contains(w)).distinct().count();
    }
}
