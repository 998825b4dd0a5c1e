package id.linimasa.index;

import java.io.IOException;

/** Another ingest is writing to the corpus; only one writer at a time. */
public class CorpusLockedException extends IOException {
    public CorpusLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
