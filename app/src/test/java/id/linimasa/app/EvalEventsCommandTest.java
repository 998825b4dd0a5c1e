package id.linimasa.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EvalEventsCommandTest {

    private static final String DOC = """
            @dct 2025-03-05T10:00+07:00
            Amerika Serikat menjatuhkan sanksi terhadap Korea Utara pada Selasa (4/3/2025).
            = SANCTION - USA>PRK 2025-03-04 ASSERTED "menjatuhkan sanksi"
            """;

    @Test
    void printsTheFiguresAsJson(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.ev"), DOC);
        CommandRun run = CommandRun.of("eval", "events", dir.toString(), "--format", "json", "--min-f1", "0.5");
        int code = run.exit();
        assertThat(code).isEqualTo(Main.OK);
        JsonNode j = new ObjectMapper().readTree(run.out());
        assertThat(j.get("documents").asInt()).isEqualTo(1);
        assertThat(j.get("gold").asInt()).isEqualTo(1);
        assertThat(j.get("type").get("recall").asDouble()).isEqualTo(1.0);
        assertThat(j.get("full").get("recall").asDouble()).isEqualTo(1.0);
        assertThat(j.has("status_accuracy")).isTrue();
    }

    @Test
    void aBrokenDocumentIsNamedAndTheGateFails(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.ev"), DOC.replace("= SANCTION", "= AID"));
        Files.writeString(dir.resolve("b.ev"), "Rusia menyerang Ukraina.\n");
        CommandRun run = CommandRun.of("eval", "events", dir.toString(), "--min-f1", "0.5", "--errors");
        int code = run.exit();
        assertThat(code).isEqualTo(Main.SOME_FAILED);
        String e = run.err();
        assertThat(e).contains("b.ev").contains("@dct").contains("below the floor");
        assertThat(run.out()).contains("documents 1").contains("missed");
    }
}
