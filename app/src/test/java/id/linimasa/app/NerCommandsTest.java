package id.linimasa.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** train ner and eval ner in-process, on a small labelled file written for this test. */
class NerCommandsTest {

    private static final String LABELLED = String.join("\r\n",
            "Presiden O", "Prabowo B-PER", "Subianto I-PER", "tiba O", "di O", "Surabaya B-LOC", ". O", "",
            "Menurut O", "KPK B-ORG", ", O", "Budi B-PERSON", "Santoso I-PERSON", "ditahan O", "di O", "Jakarta B-GPE", ". O", "",
            "Juru O", "bicara O", "Kemlu B-ORGANIZATION", "Retno B-PER", "Marsudi I-PER", "berbicara O", "di O", "Bandung B-LOC", ". O", "");

    @Test
    void trainsAModelThatEvalReadsAndScoresInJson(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("kecil.txt");
        Files.writeString(data, LABELLED);
        Path model = dir.resolve("ner.bin");
        CommandRun train = CommandRun.of("train", "ner", "--train", data.toString(), "--out", model.toString(), "--epochs", "5");
        assertThat(train.exit()).isEqualTo(Main.OK);
        assertThat(model).exists();

        CommandRun eval = CommandRun.of("eval", "ner", data.toString(), "--model", model.toString(), "--format", "json");
        assertThat(eval.exit()).isEqualTo(Main.OK);
        JsonNode json = new ObjectMapper().readTree(eval.out());
        assertThat(json.at("/overall/f1").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.at("/overall/precision").isNumber()).isTrue();
        assertThat(json.at("/per_type/PER/recall").isNumber()).isTrue();
        assertThat(json.get("tokens_per_second").asLong()).isPositive();
    }

    @Test
    void theFloorFailsTheRunAndTextFormatPrintsEveryType(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("kecil.txt");
        Files.writeString(data, LABELLED);
        CommandRun text = CommandRun.of("eval", "ner", data.toString());
        assertThat(text.exit()).isEqualTo(Main.OK);
        assertThat(text.out()).contains("PER", "LOC", "ORG", "overall", "tokens/s");
        CommandRun floor = CommandRun.of("eval", "ner", data.toString(), "--min-f1", "1.01");
        assertThat(floor.exit()).isEqualTo(Main.SOME_FAILED);
        assertThat(floor.err()).contains("below");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        CommandRun r = CommandRun.of("eval", "ner", dir.resolve("tidak-ada.txt").toString());
        assertThat(r.exit()).isEqualTo(Main.SOME_FAILED);
        assertThat(r.err()).contains("tidak-ada.txt");
        assertThat(CommandRun.of("train", "ner", "--out", dir.resolve("m.bin").toString()).exit()).isEqualTo(Main.USAGE);
    }

    @Test
    void aMalformedFileGetsOneLineNamingItAndTheLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("rusak.txt");
        Files.writeString(bad, "Jakarta B-LOC\nsendirian\n");
        CommandRun r = CommandRun.of("eval", "ner", bad.toString());
        assertThat(r.exit()).isEqualTo(Main.SOME_FAILED);
        assertThat(r.err().strip()).contains("rusak.txt", "line 2").doesNotContain("\n");
    }
}
