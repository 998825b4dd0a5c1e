package id.linimasa.app.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

class GzipAnswerTest {

    @Test
    void acceptedOnlyWhenTheClientAdmitsGzip() {
        assertThat(GzipAnswer.accepted(List.of("gzip, deflate, br"))).isTrue();
        assertThat(GzipAnswer.accepted(List.of("br;q=1.0, GZIP;q=0.5"))).isTrue();
        assertThat(GzipAnswer.accepted(List.of("*"))).isTrue();
        assertThat(GzipAnswer.accepted(List.of("x-gzip"))).isTrue();
        assertThat(GzipAnswer.accepted(List.of())).isFalse();
        assertThat(GzipAnswer.accepted(List.of(""))).isFalse();
        assertThat(GzipAnswer.accepted(List.of("deflate, br"))).isFalse();
        assertThat(GzipAnswer.accepted(List.of("gzip;q=0"))).isFalse();
        assertThat(GzipAnswer.accepted(List.of("gzip;q=0.0, identity"))).isFalse();
        assertThat(GzipAnswer.accepted(List.of("gzip;q=oops"))).as("a malformed quality is no yes").isFalse();
        assertThat(GzipAnswer.accepted(List.of("gzipped"))).isFalse();
        assertThat(GzipAnswer.accepted(List.of("*;q=0, gzip"))).as("named beats *").isTrue();
        assertThat(GzipAnswer.accepted(List.of("gzip;q=0, *"))).as("* covers only codings not named").isFalse();
        assertThat(GzipAnswer.accepted(List.of("br", "gzip"))).as("several header lines").isTrue();
    }

    @Test
    void compressesToWhatUnzipsBackToTheAnswer() throws Exception {
        byte[] answer = "{\"items\":[\"Kamis (27/2) – «kerja sama»\"]}".repeat(200).getBytes(UTF_8);
        byte[] zipped = GzipAnswer.compress(answer);
        assertThat(zipped.length).isLessThan(answer.length / 5);
        assertThat(new GZIPInputStream(new ByteArrayInputStream(zipped)).readAllBytes()).isEqualTo(answer);
    }
}
