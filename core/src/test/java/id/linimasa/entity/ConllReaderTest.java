package id.linimasa.entity;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConllReaderTest {

    @Test
    void readsTokenFirstTagLastWithCrlfAndBlankLines() {
        String data = "Presiden NOUN O\r\nJoko PROPN B-PERSON\r\nWidodo PROPN I-PERSON\r\nke ADP O\r\nSurabaya PROPN B-GPE\r\n\r\n\r\n"
                + "KPK B-ORGANIZATION\r\nmenahan O\r\nsaksi B-MISC\r\n";
        List<NerSentence> s = ConllReader.parse(data);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).tokens()).containsExactly("Presiden", "Joko", "Widodo", "ke", "Surabaya");
        assertThat(s.get(0).tags()).containsExactly("O", "B-PER", "I-PER", "O", "B-LOC");
        assertThat(s.get(1).tags()).containsExactly("B-ORG", "O", "O");
    }

    @Test
    void mapsTagNames() {
        assertThat(ConllReader.mapTag("B-PPL")).isEqualTo("B-PER");
        assertThat(ConllReader.mapTag("I-PLACE")).isEqualTo("I-LOC");
        assertThat(ConllReader.mapTag("B-PLC")).isEqualTo("B-LOC");
        assertThat(ConllReader.mapTag("I-LOCATION")).isEqualTo("I-LOC");
        assertThat(ConllReader.mapTag("B-ORGANISATION")).isEqualTo("B-ORG");
        assertThat(ConllReader.mapTag("b-org")).isEqualTo("B-ORG");
        assertThat(ConllReader.mapTag("B-EVENT")).isEqualTo("O");
        assertThat(ConllReader.mapTag("O")).isEqualTo("O");
    }

    @Test
    void aLineWithoutTagIsAnErrorNamingTheFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("rusak.txt");
        Files.writeString(f, "Jakarta B-LOC\nsendirian\n");
        assertThatThrownBy(() -> ConllReader.read(f)).hasMessageContaining("rusak.txt").hasMessageContaining("line 2");
    }
}
