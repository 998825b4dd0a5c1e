package id.linimasa.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ReaderMemoTest {

    @Test
    void remembersPerReaderAndForgetsTheOldReaderAndTheLeastRecentlyUsed() throws IOException {
        try (var dir = new ByteBuffersDirectory(); var writer = new IndexWriter(dir, new IndexWriterConfig())) {
            writer.addDocument(new Document());
            writer.commit();
            try (DirectoryReader first = DirectoryReader.open(dir)) {
                writer.addDocument(new Document());
                writer.commit();
                try (DirectoryReader second = DirectoryReader.openIfChanged(first)) {
                    ReaderMemo<String, Integer> memo = new ReaderMemo<>(2);
                    AtomicInteger computed = new AtomicInteger();
                    assertThat(memo.get(first, "a", computed::incrementAndGet)).isEqualTo(1);
                    assertThat(memo.get(first, "a", computed::incrementAndGet)).isEqualTo(1);
                    assertThat(memo.get(second, "a", computed::incrementAndGet)).as("a new reader recomputes").isEqualTo(2);
                    memo.get(second, "b", computed::incrementAndGet);
                    memo.get(second, "a", computed::incrementAndGet);
                    memo.get(second, "c", computed::incrementAndGet); // evicts b, the least recently used
                    assertThat(memo.get(second, "a", computed::incrementAndGet)).isEqualTo(2);
                    assertThat(memo.get(second, "b", computed::incrementAndGet)).isEqualTo(5);
                    // a request still on the old reader gets its own value and leaves the new reader's entries be
                    assertThat(memo.get(first, "a", computed::incrementAndGet)).isEqualTo(6);
                    assertThat(memo.get(second, "a", computed::incrementAndGet)).as("still remembered").isEqualTo(2);
                }
            }
        }
    }
}
