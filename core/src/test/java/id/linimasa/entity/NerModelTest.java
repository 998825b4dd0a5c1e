package id.linimasa.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NerModelTest {

    /** Sentences in the shape of news leads, built from names and slots; tags follow from the slots. */
    private static List<NerSentence> corpus() {
        String[] people = {"Budi Santoso", "Siti Rahma", "Agus", "Rina Wulandari", "Hendra", "Dewi Lestari", "Yusuf Hamdan"};
        String[] places = {"Medan", "Makassar", "Bandung", "Kupang", "Jayapura", "Padang", "Ambon"};
        String[] orgs = {"Bank Sentosa", "Partai Maju", "Yayasan Harapan", "Dinas Pendidikan", "Komisi Tiga", "Universitas Nusantara", "PT Karya"};
        List<NerSentence> out = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            String p = people[i], l = places[(i + 2) % places.length], o = orgs[(i + 4) % orgs.length];
            out.add(sentence("kata <P:" + p + "> di <L:" + l + "> , Senin ."));
            out.add(sentence("<O:" + o + "> menyatakan bahwa program itu berjalan di <L:" + l + "> ."));
            out.add(sentence("Menurut <P:" + p + "> , warga <L:" + l + "> menolak rencana <O:" + o + "> ."));
        }
        return out;
    }

    /** "kata <P:Budi Santoso> di <L:Medan>" to tokens and BIO tags. */
    static NerSentence sentence(String spec) {
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String part : spec.split("(?=<)|(?<=>)")) {
            if (part.startsWith("<")) {
                String type = Map.of("P", "PER", "L", "LOC", "O", "ORG").get(part.substring(1, 2));
                String[] words = part.substring(3, part.length() - 1).split(" ");
                for (int i = 0; i < words.length; i++) {
                    tokens.add(words[i]);
                    tags.add((i == 0 ? "B-" : "I-") + type);
                }
            } else {
                for (String w : part.trim().split("\\s+")) {
                    if (w.isEmpty()) continue;
                    tokens.add(w);
                    tags.add("O");
                }
            }
        }
        return new NerSentence(tokens, tags);
    }

    private static NerModel train() {
        return new NerTrainer(new Gazetteer(Map.of()), 10, 7).train(corpus(), List.of(), m -> { });
    }

    @Test
    void learnsContextsThatCarryToUnseenNames() {
        NerModel model = train();
        List<String> tokens = Arrays.asList("kata", "Sutarman", "Wibisono", "di", "Tarakan", ",", "Senin", ".");
        assertThat(model.tag(tokens)).containsExactly("O", "B-PER", "I-PER", "O", "B-LOC", "O", "O", "O");
        assertThat(NerEvaluation.score(model, corpus()).overall().f1()).isEqualTo(1.0);
    }

    @Test
    void savedModelTagsLikeTheOriginal(@TempDir Path dir) {
        NerModel model = train();
        Path file = dir.resolve("ner.bin");
        model.save(file);
        NerModel loaded = NerModel.load(file);
        assertThat(loaded.featureCount()).isEqualTo(model.featureCount());
        for (NerSentence s : corpus()) assertThat(loaded.tag(s.tokens())).isEqualTo(model.tag(s.tokens()));
    }

    /** The tagger reuses its arrays from sentence to sentence: what a longer sentence left in them must not show. */
    @Test
    void tagsASentenceAlikeWhateverWasReadBefore() {
        NerModel model = NerModel.loadStandard();
        List<String> shortOne = List.of("Budi", "Santoso", "tiba", "di", "Kupang", "pada", "Senin", ".");
        List<String> before = model.tag(shortOne);
        model.tag(List.of("Kepala", "Dinas", "Pendidikan", "Kota", "Ambon", ",", "Rina", "Wulandari", ",", "mengatakan", "bahwa",
                "sekolah", "di", "Pulau", "Seram", "dibuka", "kembali", "pada", "Senin", "(", "3/7", ")", "."));
        assertThat(model.tag(shortOne)).isEqualTo(before);
        assertThat(before).contains("B-PER", "I-PER", "B-LOC");
    }

    /** A sentence far past what a thread keeps buffers for is read in buffers of its own, and read the same. */
    @Test
    void aVeryLongSentenceLeavesTheThreadsBuffersSmall() {
        NerModel model = NerModel.loadStandard();
        List<String> clause = List.of("Budi", "Santoso", "tiba", "di", "Kupang", "pada", "Senin", ",");
        List<String> shortOne = new ArrayList<>(clause);
        shortOne.set(clause.size() - 1, ".");
        List<String> before = model.tag(shortOne);
        List<String> longOne = new ArrayList<>();
        while (longOne.size() <= 3 * NerModel.KEPT) longOne.addAll(clause);
        List<String> tags = model.tag(longOne);
        assertThat(NerModel.keptTokens()).isLessThanOrEqualTo(NerModel.KEPT);
        assertThat(model.tag(longOne)).isEqualTo(tags);
        assertThat(model.tag(shortOne)).isEqualTo(before);
        assertThat(tags.subList(0, clause.size())).containsSubsequence("B-PER", "I-PER", "B-LOC");
        assertThat(tags.subList(tags.size() - clause.size(), tags.size())).containsSubsequence("B-PER", "I-PER", "B-LOC");
    }

    @Test
    void neverStartsAChunkWithAnInsideTag() {
        NerModel model = NerModel.standard();
        List<String> tags = model.tag(List.of("Menteri", "Luar", "Negeri", "Retno", "Marsudi", "bertemu", "Sekjen", "PBB", "."));
        for (int i = 0; i < tags.size(); i++) {
            if (!tags.get(i).startsWith("I-")) continue;
            assertThat(i).isPositive();
            assertThat(tags.get(i - 1).substring(2)).isEqualTo(tags.get(i).substring(2));
        }
    }

    @Test
    void scoresFromCachedWordsAreTheSumsOfTheNamedFeatures() {
        NerModel model = NerModel.loadStandard();
        NerFeatures features = new NerFeatures(model.gazetteer());
        List<String> tokens = List.of("\"", "Duta", "Besar", "Korea", "Selatan", "untuk", "Indonesia", "(KPK)", "bertemu", "PBB",
                "di", "Jakarta", ",", "Senin", "(", "3/7", ")", "dan", "di", "Kuala", "Lumpur", "pada", "2024", ".");
        List<List<String>> named = features.sentence(tokens);
        // the sentence holds pairs of words the model has (so that skipping the pairs it lacks is put to the test)
        assertThat(named.stream().flatMap(List::stream).filter(f -> f.startsWith("w-1w=") || f.startsWith("ww+1=") || f.startsWith("w-1w+1="))
                .filter(f -> !Arrays.equals(model.sum(List.of(f)), new float[NerModel.L]))).hasSizeGreaterThan(3);
        for (int round = 0; round < 2; round++) { // the second round scores words already cached
            float[] scores = model.emissions(tokens);
            assertThat(scores).hasSize(tokens.size() * NerModel.L);
            for (int i = 0; i < tokens.size(); i++) {
                assertThat(Arrays.copyOfRange(scores, i * NerModel.L, (i + 1) * NerModel.L)).as(tokens.get(i))
                        .containsExactly(model.sum(named.get(i)), org.assertj.core.data.Offset.offset(1e-3f));
            }
        }
    }

    /**
     * The shipped model embeds the gazetteer it was trained with: a title added to titles.txt after training is missing
     * from it (abbreviated titles belong in title-abbreviations.txt, which only the role finder reads).
     */
    @Test
    void theShippedModelKnowsEveryOneWordTitle() {
        Gazetteer shipped = NerModel.standard().gazetteer();
        List<String> missing = new ArrayList<>();
        for (String line : EntityCatalog.resourceLines("titles.txt")) {
            if (!line.contains(" ") && shipped.category(line) == null) missing.add(line);
        }
        assertThat(missing).isEmpty();
    }
}
