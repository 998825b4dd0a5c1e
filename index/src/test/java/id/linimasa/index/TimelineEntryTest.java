package id.linimasa.index;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

class TimelineEntryTest {

    /** With spaces Jackson would not write: only a verbatim copy keeps them. */
    private static String row(String summary) {
        return "{ \"date\": \"2025-02-27\", \"precision\": \"DAY\", \"type\": \"CONSULT\", \"mode\": \"meet\", \"actors\": [\"Rusia\", \"Korea Utara\"], "
                + "\"summary\": \"" + summary + "\", \"evidence\": [ { \"sentence\": \"Kamis (27/2) di Moskwa: «kerja sama» ✓\" } ], "
                + "\"sources\": 1, \"otherDates\": [], \"story\": \"s1\", \"storyTitle\": \"Pertemuan di Moskwa\" }";
    }

    private static final String ROW = row("Menlu Rusia bertemu delegasi Korut – “pertemuan penting”");

    @Test
    void isWrittenAsTheStoredJsonInsideOtherJson() throws Exception {
        TimelineEntry entry = new TimelineEntry(ROW.getBytes(UTF_8));
        byte[] out = Json.mapper().writeValueAsBytes(Map.of("items", List.of(entry, entry)));
        assertThat(new String(out, UTF_8)).as("copied as it is").contains(ROW + "," + ROW);
        JsonNode items = Json.mapper().readTree(out).get("items");
        assertThat(items.get(1)).isEqualTo(Json.mapper().readTree(ROW));
        assertThat(Json.mapper().writeValueAsString(List.of(entry))).as("a writer of characters too").isEqualTo("[" + ROW + "]");
    }

    @Test
    void rowsLargerThanTheWritersBuffersAreWrittenWhole() throws Exception {
        List<TimelineEntry> entries = new ArrayList<>();
        StringBuilder expected = new StringBuilder("[");
        for (int i = 0; i < 30; i++) {
            String row = row("peristiwa " + i + " – " + "kata ".repeat(20 * i));
            entries.add(new TimelineEntry(row.getBytes(UTF_8)));
            expected.append(i == 0 ? "" : ",").append(row);
        }
        expected.append(']');
        assertThat(new String(Json.mapper().writeValueAsBytes(entries), UTF_8)).isEqualTo(expected.toString());
        assertThat(Json.mapper().writeValueAsString(entries)).isEqualTo(expected.toString());
    }

    @Test
    void readsItsRowAndStory() {
        TimelineEntry entry = new TimelineEntry(ROW.getBytes(UTF_8));
        assertThat(entry.storyId()).isEqualTo("s1");
        assertThat(entry.storyTitle()).isEqualTo("Pertemuan di Moskwa");
        assertThat(entry.row().summary()).contains("“pertemuan penting”");
        assertThat(entry).isEqualTo(new TimelineEntry(ROW.getBytes(UTF_8))).hasSameHashCodeAs(new TimelineEntry(ROW.getBytes(UTF_8)));
        entry.utf8()[0] = 'x';
        assertThat(entry.toString()).as("its bytes are its own").isEqualTo(ROW);
    }
}
