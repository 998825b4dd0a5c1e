package id.linimasa.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FeatureIndexTest {

    /** Hashes the features part by part, as the tagger does, instead of building their names. */
    private static final class Hashes implements FeatureSink {
        final List<Long> out = new ArrayList<>();

        @Override
        public void add(String prefix, String part) {
            out.add(FeatureIndex.hash(prefix, part));
        }

        @Override
        public void add(String prefix, String a, String b) {
            out.add(FeatureIndex.hash(prefix, a, b));
        }

        @Override
        public void add(String prefix, String a, String b, String c) {
            out.add(FeatureIndex.hash(prefix, a, b, c));
        }
    }

    @Test
    void everyContextualFeatureIsFoundByItsPartsAsByItsName() {
        NerFeatures features = new NerFeatures(NerModel.standard().gazetteer());
        List<String> tokens = List.of("Menteri", "Luar", "Negeri", "Retno", "Marsudi", "bertemu", "\"", "Wang", "Yi", "\"", "di", "Jakarta", ",", "Senin", ".");
        List<List<String>> names = features.local(tokens);
        Map<String, Integer> index = new HashMap<>();
        for (List<String> token : names) for (String f : token) index.putIfAbsent(f, index.size());
        FeatureIndex table = new FeatureIndex(index);
        NerFeatures.Context context = features.context(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Hashes h = new Hashes();
            NerFeatures.local(context, i, h);
            assertThat(h.out).hasSameSizeAs(names.get(i));
            int[] rows = table.rows(h.out.stream().mapToLong(Long::longValue).toArray(), h.out.size());
            for (int k = 0; k < h.out.size(); k++) assertThat(rows[k]).isEqualTo(index.get(names.get(i).get(k)));
        }
        assertThat(table.rows(new long[]{FeatureIndex.hash("w-1w=jakarta|senin", ""), FeatureIndex.hash("g=", "O")}, 2))
                .containsExactly(-1, index.get("g=O"));
    }
}
