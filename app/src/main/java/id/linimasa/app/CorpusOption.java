package id.linimasa.app;

import id.linimasa.index.Corpus;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --corpus DIR}, shared by every command that reads the corpus. */
public final class CorpusOption {

    @Option(names = "--corpus", paramLabel = "DIR", description = "corpus folder (default: ${DEFAULT-VALUE})",
            defaultValue = "linimasa-data")
    Path dir;

    /**
     * Opens the corpus for reading; a missing folder or one with no corpus in it is an input failure, said in
     * one line. Checked before opening because opening the index would create the folder.
     */
    Corpus openExisting() throws IOException {
        if (!Files.isDirectory(dir)) throw missing();
        Corpus corpus = Corpus.open(dir);
        if (!corpus.exists()) {
            corpus.close();
            throw missing();
        }
        return corpus;
    }

    private MissingCorpusException missing() {
        return new MissingCorpusException("no corpus at " + dir + "; run 'linimasa ingest PATH... --corpus " + dir + "' first");
    }

    /** Reported as one line on stderr with exit code {@link Main#SOME_FAILED}. */
    static final class MissingCorpusException extends RuntimeException {
        MissingCorpusException(String message) {
            super(message);
        }
    }
}
