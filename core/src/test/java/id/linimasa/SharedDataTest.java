package id.linimasa;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedDataTest {

    @Test
    void aFolderThatIsNotThereSkipsTheTestRatherThanFailingIt() {
        assertThatThrownBy(() -> SharedData.folder("no-such-folder-" + System.nanoTime()))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("../shared/no-such-folder-");
    }
}
