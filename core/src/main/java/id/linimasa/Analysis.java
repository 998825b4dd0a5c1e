package id.linimasa;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.linimasa.entity.Entity;
import id.linimasa.entity.Mention;
import id.linimasa.event.Event;
import id.linimasa.extract.Article;
import id.linimasa.quote.Quote;
import id.linimasa.text.Sentence;
import id.linimasa.text.Tokens;
import id.linimasa.time.Timex;

import java.util.List;

/**
 * An article and the layers the analysis stages have put on it so far. Immutable: each stage returns a
 * copy with one more layer (the {@code with...} methods). All spans point into {@link Article#analysisText()}.
 *
 * @param entities the canonical entities the mentions link to, with the roles this article gives them
 * @param text     {@link Article#analysisText()}, joined once for all the stages
 * @param tokens   the text's tokens, found once for the stages that work word by word; {@link Tokens#NONE} until the
 *                 sentence stage adds them
 * Both are derived from the article, so they are not written with the layers (JSON); read back, they are made again.
 */
public record Analysis(Article article, List<Sentence> sentences, List<Mention> mentions, List<Entity> entities,
                       List<Timex> timexes, List<Quote> quotes, List<Event> events, @JsonIgnore String text, @JsonIgnore Tokens tokens) {

    public Analysis {
        if (text == null) text = article.analysisText();
        if (tokens == null) tokens = Tokens.of(text);
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        timexes = List.copyOf(timexes);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
    }

    /** An analysis with the layers given, its text tokenised. */
    public Analysis(Article article, List<Sentence> sentences, List<Mention> mentions, List<Entity> entities,
                    List<Timex> timexes, List<Quote> quotes, List<Event> events) {
        this(article, sentences, mentions, entities, timexes, quotes, events, null, null);
    }

    public static Analysis of(Article article) {
        return new Analysis(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), article.analysisText(), Tokens.NONE);
    }

    public Analysis withSentences(List<Sentence> s, Tokens t) {
        return new Analysis(article, s, mentions, entities, timexes, quotes, events, text, t);
    }

    public Analysis withEntities(List<Mention> m, List<Entity> e) {
        return new Analysis(article, sentences, m, e, timexes, quotes, events, text, tokens);
    }

    public Analysis withTimexes(List<Timex> t) {
        return new Analysis(article, sentences, mentions, entities, t, quotes, events, text, tokens);
    }

    public Analysis withQuotes(List<Quote> q) {
        return new Analysis(article, sentences, mentions, entities, timexes, q, events, text, tokens);
    }

    public Analysis withEvents(List<Event> e) {
        return new Analysis(article, sentences, mentions, entities, timexes, quotes, e, text, tokens);
    }

    public Entity entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }
}
