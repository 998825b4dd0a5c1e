package id.linimasa.entity;

import id.linimasa.text.Span;
import id.linimasa.text.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class WordCacheTest {

    private static final String TEXT = "Menlu Varenia, Tomas Velkan, bertemu Menlu Talmora di Oskarvik (KPK) pada Senin; Velkan pulang.";

    @Test
    void findsAWordByItsCharsInTheTextAsByItsString() {
        NerModel model = NerModel.loadStandard();
        List<Span> tokens = Tokenizer.tokens(TEXT);
        NerModel.Word[] first = model.words(TEXT, tokens);
        NerModel.Word[] again = model.words(TEXT, tokens);
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(first[i].token()).isEqualTo(tokens.get(i).of(TEXT));
            assertThat(again[i]).isSameAs(first[i]); // cached: one word, one String, for every use
        }
        int repeated = 0; // "Velkan", "Menlu", ",": a later occurrence is the first's word
        for (int i = 0; i < tokens.size(); i++) {
            for (int j = i + 1; j < tokens.size(); j++) {
                if (!first[i].token().equals(tokens.get(j).of(TEXT))) continue;
                assertThat(first[j]).isSameAs(first[i]);
                repeated++;
            }
        }
        assertThat(repeated).isGreaterThanOrEqualTo(3);
        WordCache cache = new WordCache(100);
        for (NerModel.Word w : first) cache.put(w);
        NerModel.Word[] batch = cache.get(TEXT, tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Span t = tokens.get(i);
            assertThat(cache.get(TEXT, t.start(), t.end())).isSameAs(cache.get(t.of(TEXT))).isSameAs(batch[i]).isNotNull();
        }
        // a table of four slots, where words often share a first slot: the batch finds what the cache holds, and only that
        WordCache tiny = new WordCache(2);
        NerModel.Word[] some = model.words("Aa Bb Cc Dd Ee", Tokenizer.tokens("Aa Bb Cc Dd Ee"));
        tiny.put(some[0]);
        tiny.put(some[1]);
        List<Span> five = Tokenizer.tokens("Aa Bb Cc Dd Ee");
        NerModel.Word[] found = tiny.get("Aa Bb Cc Dd Ee", five);
        assertThat(found[0]).isSameAs(some[0]);
        assertThat(found[1]).isSameAs(some[1]);
        assertThat(found).containsOnlyOnce(some[0], some[1]);
        assertThat(java.util.Arrays.stream(found).filter(java.util.Objects::isNull)).hasSize(3);
        assertThat(cache.get("Velka")).isNull();
        int velkan = TEXT.indexOf("Velkan");
        assertThat(cache.get(TEXT, velkan, velkan + 5)).isNull(); // "Velka" again, in the text
        assertThat(cache.get(TEXT, velkan, velkan + 6).token()).isEqualTo("Velkan");
        assertThat(cache.get("velkan")).isNull(); // case matters
    }

    @Test
    void tagsTheWordsOfTheTextAsTheirStrings() {
        NerModel model = NerModel.loadStandard();
        List<Span> tokens = Tokenizer.tokens(TEXT);
        List<String> strings = tokens.stream().map(t -> t.of(TEXT)).toList();
        NerModel.Reading byChars = model.read(model.words(TEXT, tokens)), byStrings = model.read(strings);
        assertThat(byChars.tags()).isEqualTo(byStrings.tags()).contains("B-PER", "B-LOC");
        assertThat(byChars.lower()).isEqualTo(byStrings.lower());
        assertThat(byChars.category()).isEqualTo(byStrings.category());
    }

    @Test
    void keepsNoMoreThanItsBoundAndDropsNoWordItKept() throws Exception {
        NerModel model = NerModel.loadStandard();
        WordCache cache = new WordCache(50);
        List<NerModel.Word> words = new ArrayList<>();
        for (int i = 0; i < 200; i++) words.add(wordOf(model, "kata" + i));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) done.add(pool.submit(() -> words.forEach(cache::put)));
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdown();
        }
        assertThat(cache.size()).isBetween(50, 53); // threads that saw room at once may each add one
        int kept = 0;
        for (NerModel.Word w : words) {
            NerModel.Word found = cache.get(w.token());
            if (found != null) {
                kept++;
                assertThat(found.token()).isEqualTo(w.token());
            }
        }
        assertThat(kept).isEqualTo(cache.size());
    }

    private static NerModel.Word wordOf(NerModel model, String token) {
        return model.words(token, Tokenizer.tokens(token))[0];
    }
}
