package id.linimasa.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** BlockClassifier marks the call phrases it tried in one long: more phrases than bits must fail at start, not wrap. */
class CallMaskTest {

    @Test
    void aSixtyFifthCallPhraseIsRefused() {
        assertThatCode(() -> BlockClassifier.requireMaskFits(64)).doesNotThrowAnyException();
        assertThatThrownBy(() -> BlockClassifier.requireMaskFits(65)).isInstanceOf(IllegalStateException.class).hasMessageContaining("65");
    }
}
