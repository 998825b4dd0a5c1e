package id.linimasa;

import id.linimasa.extract.Article;
import id.linimasa.extract.PublicationTime;
import id.linimasa.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineTest {

    private static Article article(String id, int day, String body) {
        return new Article(id, id + ".txt", null, "Judul " + id, new PublicationTime(LocalDate.of(2025, 5, day),
                LocalTime.of(9, 30), ZoneOffset.ofHours(7)), null, List.of(), List.of(), "contoh.id", "Jakarta", "id",
                List.of(), List.of(), body);
    }

    private static final List<Article> ARTICLES = List.of(
            article("a", 12, """
                    Presiden Prabowo Subianto bertemu Perdana Menteri Jepang di Tokyo pada Senin (12/5). Keduanya membahas kerja sama energi.
                    "Kami sepakat memperluas investasi," kata Prabowo kepada wartawan seusai pertemuan."""),
            article("b", 14, """
                    Polisi menangkap dua tersangka penipuan daring di Surabaya, Selasa kemarin. Kapolda Jawa Timur mengatakan kerugian korban mencapai Rp 3 miliar.
                    Para tersangka akan diadili bulan depan."""),
            article("c", 20, """
                    Pemerintah Indonesia memprotes penangkapan nelayan oleh Malaysia pada 18 Mei 2025.
                    Menteri Luar Negeri Sugiono menyebut tindakan itu melanggar kesepakatan kedua negara, katanya."""),
            article("d", 21, "Hujan deras melanda Bandung sejak pagi."));

    @Test
    void aBatchRunStageByStageGivesThePageByPageAnalysesInOrder() {
        List<Analysis> batch = Linimasa.analyseAll(ARTICLES);
        assertThat(batch).hasSize(ARTICLES.size());
        for (int i = 0; i < ARTICLES.size(); i++) {
            assertThat(batch.get(i).article()).isSameAs(ARTICLES.get(i));
            assertThat(batch.get(i)).isEqualTo(Linimasa.analyse(ARTICLES.get(i)));
        }
        // the articles give the stages something to find, so equal results are not empty ones
        assertThat(batch).allSatisfy(a -> assertThat(a.sentences()).isNotEmpty());
        assertThat(batch.get(0).quotes()).isNotEmpty();
        assertThat(batch.get(1).timexes()).isNotEmpty();
        assertThat(batch.stream().mapToInt(a -> a.events().size()).sum()).isPositive();
    }

    @Test
    void orderFollowsTheInputNotTheContent() {
        List<Article> reversed = ARTICLES.reversed();
        assertThat(Linimasa.analyseAll(reversed)).extracting(a -> a.article().id()).containsExactly("d", "c", "b", "a");
        assertThat(Linimasa.analyseAll(List.of())).isEmpty();
    }

    @Test
    void aStageThatThrowsOnOneArticleFailsOnlyThatOne() {
        Stage picky = new Stage() {
            @Override
            public Set<Layer> needs() {
                return Set.of();
            }

            @Override
            public Set<Layer> adds() {
                return Set.of();
            }

            @Override
            public Analysis apply(Analysis a) {
                if (a.article().id().equals("b")) throw new IllegalStateException("cannot read b");
                return a;
            }
        };
        Pipeline pipeline = new Pipeline(List.of(new SentenceSplitter(), picky));
        List<Pipeline.Attempt> attempts = pipeline.attemptAll(ARTICLES);
        assertThat(attempts).hasSize(ARTICLES.size());
        assertThat(attempts.get(1).analysis()).isNull();
        assertThat(attempts.get(1).failure()).hasMessage("cannot read b");
        for (int i : new int[]{0, 2, 3}) {
            assertThat(attempts.get(i).failure()).isNull();
            assertThat(attempts.get(i).analysis()).isEqualTo(pipeline.analyse(ARTICLES.get(i)));
            assertThat(attempts.get(i).analysis().sentences()).isNotEmpty();
        }
    }
}
