package id.linimasa.app.bench;

import id.linimasa.Analysis;
import id.linimasa.entity.Mention;
import id.linimasa.event.Event;
import id.linimasa.page.Page;
import id.linimasa.time.Timex;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.charset.StandardCharsets;

class SyntheticNewsTest {

    private final SyntheticNews news = new SyntheticNews(1);

    @Test
    void pagesAreTheSameBytesEveryTimeAndDifferFromEachOther() {
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < 120; i++) {
            Page p = news.page(i);
            assertThat(new SyntheticNews(1).page(i).sha256()).isEqualTo(p.sha256());
            hashes.add(p.sha256());
        }
        assertThat(hashes).hasSize(120);
    }

    @Test
    void theKnownAnalysisPointsAtWhatThePageSays() {
        int events = 0;
        for (int i = 0; i < 300; i++) {
            Page page = news.page(i);
            Analysis a = news.analysis(page);
            String text = a.text();
            assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).contains(text.substring(0, Math.min(40, text.length())));
            assertThat(a.mentions()).isNotEmpty();
            for (Mention m : a.mentions()) assertThat(m.span().of(text)).isEqualTo(m.text());
            for (Timex t : a.timexes()) assertThat(t.span().of(text)).isEqualTo(t.text());
            for (Event e : a.events()) {
                assertThat(e.sentence().contains(e.trigger())).isTrue();
                assertThat(e.sentence().contains(e.date().timexSpan())).isTrue();
                assertThat(a.entity(e.sources().getFirst())).isNotNull();
                events++;
            }
            a.quotes().forEach(q -> assertThat(q.span().of(text)).isEqualTo(q.text()));
        }
        assertThat(events).isGreaterThan(300);
    }

    @Test
    void everyThirdStoryEndsWithAnAggregatorsCopyOfItsFirstReport() {
        int per = SyntheticNews.PER_STORY;
        Analysis first = news.analysis(news.page(0)), copy = news.analysis(news.page(per - 1));
        assertThat(copy.article().text()).isEqualTo(first.article().text());
        assertThat(copy.article().outlet()).isNull();
        assertThat(news.page(per - 1).sha256()).isNotEqualTo(news.page(0).sha256());
        Analysis notCopied = news.analysis(news.page(2 * per - 1));
        assertThat(notCopied.article().text()).isNotEqualTo(news.analysis(news.page(per)).article().text());
    }
}
