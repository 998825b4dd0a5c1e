package id.linimasa.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EvalTimexCommandTest {

    private static final String DOC = """
            <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2025-02-28" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
            <TEXT>Delegasi tiba <TIMEX3 tid="t1" type="DATE" value="2025-02-27">Kamis (27/2)</TIMEX3> dan tinggal \
            <TIMEX3 tid="t2" type="DURATION" value="P3D">tiga hari</TIMEX3>.</TEXT></TimeML>
            """;

    @Test
    void printsTheFiguresAsJsonAndWritesTaggedTimeMl(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.tml"), DOC);
        Path tagged = dir.resolve("tagged");
        CommandRun run = CommandRun.of("eval", "timex", dir.toString(), "--format", "json", "--out", tagged.toString());
        int code = run.exit();
        assertThat(code).isEqualTo(Main.OK);
        JsonNode j = new ObjectMapper().readTree(run.out());
        assertThat(j.get("documents").asInt()).isEqualTo(1);
        assertThat(j.get("gold").asInt()).isEqualTo(2);
        assertThat(j.get("strict").get("f1").asDouble()).isEqualTo(1.0);
        assertThat(j.get("relaxed").has("precision")).isTrue();
        assertThat(j.get("value_f1").asDouble()).isEqualTo(1.0);
        assertThat(j.has("type_accuracy")).isTrue();
        assertThat(Files.readString(tagged.resolve("a.tml"))).contains("value=\"2025-02-27\">Kamis (27/2)</TIMEX3>");
    }

    @Test
    void aBrokenDocumentIsNamedAndTheRestScored(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.tml"), DOC);
        Files.writeString(dir.resolve("b.tml"), "<TimeML><TEXT>tanpa DCT</TEXT></TimeML>");
        CommandRun run = CommandRun.of("eval", "timex", dir.toString());
        int code = run.exit();
        assertThat(code).isEqualTo(Main.SOME_FAILED);
        assertThat(run.err()).contains("b.tml").contains("CREATION_TIME");
        assertThat(run.out()).contains("documents 1");
    }

    @Test
    void theFloorFailsTheRun(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.tml"), DOC.replace("tiga hari", "tiga ekor"));
        assertThat(CommandRun.of("eval", "timex", dir.toString(), "--min-f1", "0.9").exit()).isEqualTo(Main.SOME_FAILED);
        assertThat(CommandRun.of("eval", "timex", dir.resolve("nothing").toString()).exit()).isEqualTo(Main.SOME_FAILED);
    }

    @Test
    void theBundledDevSetMeetsTheTargets() throws Exception {
        Path dev = Path.of(System.getProperty("linimasa.root", ".")).resolve("examples/timeml/id");
        CommandRun run = CommandRun.of("eval", "timex", dev.toString(), "--format", "json");
        assertThat(run.exit()).isEqualTo(Main.OK);
        JsonNode j = new ObjectMapper().readTree(run.out());
        assertThat(j.get("documents").asInt()).isGreaterThanOrEqualTo(15);
        assertThat(j.get("gold").asInt()).isGreaterThanOrEqualTo(150);
        assertThat(j.get("strict").get("f1").asDouble()).isGreaterThanOrEqualTo(0.93);
        assertThat(j.get("relaxed").get("f1").asDouble()).isGreaterThanOrEqualTo(0.96);
        assertThat(j.get("value_f1").asDouble()).isGreaterThanOrEqualTo(0.88);
    }
}
