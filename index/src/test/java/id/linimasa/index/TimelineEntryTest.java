package id.linimasa.index;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

class TimelineEntryTest {

    private static final String ROW = "{\"date\":\"2025-02-27\",\"precision\":\"DAY\",\"type\":\"CONSULT\",\"mode\":\"meet\",\"actors\":[\"Rusia\",\"Korea Utara\"],\"summary\":\"Menlu Rusia bertemu delegasi Korut – “pertemuan penting”\","
            + "\"evidence\":[{\"sentence\":\"Kamis (27/2) di Moskwa: «kerja sama» ✓\"}],\"sources\":1,\"otherDates\":[],\"story\":\"s1\",\"storyTitle\":\"Pertemuan di Moskwa\"}";

    @Test
    void isWrittenAsTheStoredJsonInsideOtherJson() throws Exception {
        TimelineEntry entry = new TimelineEntry(ROW.getBytes(UTF_8));
        byte[] out = Json.mapper().writeValueAsBytes(Map.of("items", List.of(entry, entry)));
        JsonNode items = Json.mapper().readTree(out).get("items");
        assertThat(items.size()).isEqualTo(2);
        assertThat(items.get(1)).isEqualTo(Json.mapper().readTree(ROW));
        assertThat(new String(out, UTF_8)).contains(ROW);
        // a writer of characters (not bytes) gets the same
        assertThat(Json.mapper().readTree(Json.mapper().writeValueAsString(List.of(entry))).get(0)).isEqualTo(Json.mapper().readTree(ROW));
    }

    @Test
    void readsItsRowAndStory() {
        TimelineEntry entry = new TimelineEntry(ROW.getBytes(UTF_8));
        assertThat(entry.storyId()).isEqualTo("s1");
        assertThat(entry.storyTitle()).isEqualTo("Pertemuan di Moskwa");
        assertThat(entry.row().summary()).contains("“pertemuan penting”");
        assertThat(entry).isEqualTo(new TimelineEntry(ROW.getBytes(UTF_8))).hasSameHashCodeAs(new TimelineEntry(ROW.getBytes(UTF_8)));
    }
}
