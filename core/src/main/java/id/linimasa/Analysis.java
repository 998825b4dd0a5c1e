package id.linimasa;

import id.linimasa.entity.Entity;
import id.linimasa.entity.Mention;
import id.linimasa.event.Event;
import id.linimasa.extract.Article;
import id.linimasa.quote.Quote;
import id.linimasa.text.Sentence;
import id.linimasa.time.Timex;

import java.util.List;

/**
 * An article and the layers the analysis stages have put on it so far. Immutable: each stage returns a
 * copy with one more layer (the {@code with...} methods). All spans point into {@link Article#analysisText()}.
 *
 * @param entities the canonical entities the mentions link to, with the roles this article gives them
 */
public record Analysis(Article article, List<Sentence> sentences, List<Mention> mentions, List<Entity> entities,
                       List<Timex> timexes, List<Quote> quotes, List<Event> events) {

    public Analysis {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        timexes = List.copyOf(timexes);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
    }

    public static Analysis of(Article article) {
        return new Analysis(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public String text() {
        return article.analysisText();
    }

    public Analysis withSentences(List<Sentence> s) {
        return new Analysis(article, s, mentions, entities, timexes, quotes, events);
    }

    public Analysis withEntities(List<Mention> m, List<Entity> e) {
        return new Analysis(article, sentences, m, e, timexes, quotes, events);
    }

    public Analysis withTimexes(List<Timex> t) {
        return new Analysis(article, sentences, mentions, entities, t, quotes, events);
    }

    public Analysis withQuotes(List<Quote> q) {
        return new Analysis(article, sentences, mentions, entities, timexes, q, events);
    }

    public Analysis withEvents(List<Event> e) {
        return new Analysis(article, sentences, mentions, entities, timexes, quotes, e);
    }

    public Entity entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }
}
