package id.linimasa.entity;

import java.util.List;

/** One sentence of a labelled NER corpus: its tokens and their BIO tags ("B-PER", "I-LOC", "O"). */
public record NerSentence(List<String> tokens, List<String> tags) {
    public NerSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) throw new IllegalArgumentException("tokens and tags differ in length");
    }
}
