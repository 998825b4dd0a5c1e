package id.linimasa.app;

import id.linimasa.index.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Stopping a real {@code linimasa ingest} process mid-way: one line says what the corpus kept, and it is so. */
class IngestInterruptTest {

    private static final Pattern LINE = Pattern.compile("interrupted: corpus kept at its last commit \\((\\d+) articles\\)");

    @Test
    void aStoppedIngestSaysHowManyArticlesItsLastCommitHolds(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path first = Files.writeString(tmp.resolve("awal.txt"), IngestBadInputTest.BRIDGE);
        assertThat(CommandRun.of("ingest", first.toString(), "--corpus", corpus.toString()).exit()).isZero();

        Path many = Files.createDirectories(tmp.resolve("banyak"));
        for (int i = 0; i < 3000; i++) {
            String page = (i % 2 == 0 ? IngestBadInputTest.CLINIC : IngestBadInputTest.MARKET)
                    .replace("dua belas", "dua belas (" + i + ")").replace("ikan tongkol", "ikan tongkol nomor " + i);
            Files.writeString(many.resolve("halaman_" + i + ".txt"), page);
        }
        List<Path> before = segments(corpus);
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", many.toString(), "--corpus", corpus.toString())
                .redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(err.toFile()).start();
        try {
            // stop it once it has committed some of the pages (a new commit point), i.e. mid-ingest
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (segments(corpus).equals(before)) {
                assertThat(p.isAlive()).as("the ingest ended before its first commit").isTrue();
                assertThat(System.nanoTime()).as("the ingest never committed").isLessThan(deadline);
                Thread.sleep(20);
            }
            assertThat(p.isAlive()).as("the ingest finished before it could be stopped").isTrue();
            p.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }

        List<String> lines = Files.readAllLines(err).stream().filter(l -> l.startsWith("interrupted")).toList();
        assertThat(lines).hasSize(1);
        Matcher m = LINE.matcher(lines.getFirst());
        assertThat(m.matches()).as(lines.getFirst()).isTrue();
        assertThat(Files.readString(tmp.resolve("out.txt"))).doesNotContain("pages read");
        try (Corpus c = Corpus.open(corpus)) {
            assertThat(c.stats().articles()).isEqualTo(Long.parseLong(m.group(1))).isGreaterThan(1);
        }
        // and the next ingest goes on from there
        CommandRun again = CommandRun.of("ingest", first.toString(), "--corpus", corpus.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("unchanged (skipped): 1");
    }

    /** The corpus's commit points (one segments_N file per commit kept). */
    private static List<Path> segments(Path corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(f -> f.getFileName().toString().startsWith("segments_")).sorted().toList();
        }
    }
}
