package id.linimasa.time;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class CueWordsTest {

    private static final CueWords CUES = new CueWords("akan", "will", "due");
    private static final Pattern SAME = Pattern.compile("(?<![\\p{L}\\p{N}])(?:akan|will|due)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Where the pattern's last match in the region ends, or -1: what {@link CueWords#lastEnd} must give. */
    private static int patternLastEnd(String text, int from, int to) {
        Matcher m = SAME.matcher(text).region(from, to);
        int end = -1;
        while (m.find()) end = m.end();
        return end;
    }

    @Test
    void findsTheWordsWhereThePatternDoes() {
        String[] texts = {"Presiden akan datang, katanya.", "AKAN digelar; Akan-akan", "pelantikan dan akankah", "it will be due3 or due",
                "bakal akan2 akan", "Rapat akan digelar—yang akan datang", "", "akan", "ke-akan", "²akan akan½ dueⅫ"};
        for (String t : texts) {
            for (int from = 0; from <= t.length(); from++) {
                for (int to = from; to <= t.length(); to++) {
                    assertThat(CUES.lastEnd(t, from, to)).as("%s [%d, %d)", t, from, to).isEqualTo(patternLastEnd(t, from, to));
                    assertThat(CUES.anyIn(t, from, to)).isEqualTo(patternLastEnd(t, from, to) >= 0);
                }
            }
        }
    }

    @Test
    void noWordInsideALongerOne() {
        assertThat(CUES.anyIn("pelantikan akankah willow", 0, 25)).isFalse();
        assertThat(CUES.lastEnd("Ia akan datang", 0, 14)).isEqualTo(7);
    }
}
