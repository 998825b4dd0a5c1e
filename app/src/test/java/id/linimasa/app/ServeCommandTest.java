package id.linimasa.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code linimasa serve} says before it serves anything: bad ports and missing corpora. */
class ServeCommandTest {

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        assertThat(run("serve", "--port", "70000")).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("70000");
    }

    @Test
    void aFolderWithoutACorpusFailsInOneLine(@TempDir Path empty) {
        assertThat(run("serve", "--corpus", empty.resolve("nothing").toString(), "--port", "0")).isEqualTo(Main.SOME_FAILED);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("nothing").contains("ingest");
    }

    @Test
    void helpNamesTheOptions() {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        assertThat(cl.execute("serve", "--help")).isEqualTo(Main.OK);
        assertThat(out.toString()).contains("--corpus").contains("--port").contains("--host").contains("127.0.0.1");
    }
}
