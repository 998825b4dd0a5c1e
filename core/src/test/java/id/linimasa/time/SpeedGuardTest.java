package id.linimasa.time;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The speed tests that let the tagger skip a rule (the words after "hari", the units "se-" joins, a year within
 * reach, the ends of deictic phrases...) are hand lists beside the patterns: wherever a pattern matches, its test
 * must let it. Phrases are made of each pattern's own words, so a word added to a pattern and not to its test fails here.
 */
class SpeedGuardTest {

    private static final TimexTagger TAGGER = new TimexTagger();
    /** The literal words of a regex: not an escape's letter ("\s", "\p{L}") nor a group's name ("(?<wd>"). */
    private static final Pattern WORD = Pattern.compile("(?<![\\\\<{\\p{L}])\\p{L}+(?:-\\p{L}+)?(?![\\p{L}>}])");
    /** What goes with the words: numbers of days, months, years and counts, and the marks between them. */
    private static final List<String> FILLERS = List.of("17", "3", "2024", "1998", "ke-5", "(27/2/2025)", "(3/7)", "12.30", ",", "-",
            "pada", "ini", "lalu");

    private static List<String> words(String regex) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(regex);
        while (m.find()) out.add(m.group());
        return List.copyOf(out);
    }

    @Test
    void everyPatternMatchOnPhrasesOfItsOwnWordsPassesItsTest() {
        Random random = new Random(7);
        List<String> misses = new ArrayList<>();
        for (String regex : TAGGER.patternSources()) {
            List<String> words = words(regex);
            if (words.isEmpty()) continue;
            StringBuilder text = new StringBuilder();
            // every word before each other and before a year; then longer random phrases of them
            for (String a : words) {
                for (String b : words) {
                    text.append(a).append(' ').append(b).append(" 2024. ");
                    text.append("17 ").append(a).append(" 20 ").append(b).append(" 2024. "); // a range: "17 hingga 20 Juli"
                }
                text.append("17 ").append(a).append(" 2024. ").append(a).append(", 3 Juli 2024. ");
            }
            for (int i = 0; i < 4000; i++) {
                int length = 1 + random.nextInt(8);
                for (int w = 0; w < length; w++) {
                    List<String> from = random.nextInt(3) == 0 ? FILLERS : words;
                    text.append(from.get(random.nextInt(from.size()))).append(' ');
                }
                text.append(". ");
            }
            misses.addAll(TAGGER.guardMisses(text.toString()));
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void everyPatternMatchInTheExampleAndSeedPagesPassesItsTest() throws IOException {
        Path root = Path.of(System.getProperty("linimasa.root"));
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(root.resolve("examples"), root.resolve("../shared/seeds"))) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.walk(dir)) {
                files.addAll(s.filter(f -> Files.isRegularFile(f) && !f.toString().endsWith(".gz")).toList());
            }
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) assertThat(TAGGER.guardMisses(new String(Files.readAllBytes(f), UTF_8))).as(f.toString()).isEmpty();
    }
}
