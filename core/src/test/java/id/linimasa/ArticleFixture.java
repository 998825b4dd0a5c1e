package id.linimasa;

import id.linimasa.entity.Entity;
import id.linimasa.entity.EntityType;
import id.linimasa.entity.Mention;
import id.linimasa.entity.Role;
import id.linimasa.extract.Article;
import id.linimasa.extract.PublicationTime;
import id.linimasa.text.SentenceSplitter;
import id.linimasa.text.Span;
import id.linimasa.time.Timex;
import id.linimasa.time.TimexType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds an {@link Analysis} by hand for tests of the later stages: the text, a small gazetteer whose names
 * become linked mentions wherever they occur, and time expressions with the values a tagger would give.
 */
public final class ArticleFixture {

    private final String text;
    private final List<String> captions = new ArrayList<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final List<Timex> timexes = new ArrayList<>();
    private String id = "a1";
    private String outlet = "contoh.id";
    private LocalDate published = LocalDate.of(2025, 3, 3);

    private ArticleFixture(String text) {
        this.text = text;
    }

    public static ArticleFixture text(String text) {
        return new ArticleFixture(text);
    }

    /** The usual cast: Russia, North Korea, the US, Ukraine, Moscow, and three officials with their roles. */
    public static ArticleFixture world(String text) {
        return text(text)
                .state("RUS", "Rusia", "Moskow", "Kremlin")
                .state("PRK", "Korea Utara", "Korut", "Pyongyang")
                .state("USA", "Amerika Serikat", "AS", "Washington")
                .state("UKR", "Ukraina", "Kyiv")
                .state("KOR", "Korea Selatan", "Seoul")
                .person("per:vladimir_putin", "Vladimir Putin", "RUS", "Presiden", "Putin")
                .person("per:kim_jong_un", "Kim Jong Un", "PRK", "pemimpin", "Kim")
                .person("per:choe_son_hui", "Choe Son Hui", "PRK", "Menteri Luar Negeri", "Choe")
                .person("per:dmitry_peskov", "Dmitry Peskov", "RUS", "juru bicara Kremlin", "Peskov");
    }

    public ArticleFixture id(String id) {
        this.id = id;
        return this;
    }

    public ArticleFixture outlet(String outlet) {
        this.outlet = outlet;
        return this;
    }

    public ArticleFixture published(String date) {
        this.published = LocalDate.parse(date);
        return this;
    }

    public ArticleFixture caption(String caption) {
        captions.add(caption);
        return this;
    }

    public ArticleFixture state(String iso, String name, String... aliases) {
        entities.put(iso, new Entity(iso, EntityType.LOC, name, List.of(aliases), iso, List.of()));
        names.put(name, iso);
        for (String a : aliases) names.put(a, iso);
        return this;
    }

    /** A city or building that stands in its country's name when it acts ("Moskow mengatakan..."). */
    public ArticleFixture place(String id, String name, String country) {
        entities.put(id, new Entity(id, EntityType.LOC, name, List.of(), country, List.of()));
        names.put(name, id);
        return this;
    }

    /** An organisation of a state (a ministry, a court, a commission). */
    public ArticleFixture body(String id, String name, String country, String... aliases) {
        entities.put(id, new Entity(id, EntityType.ORG, name, List.of(aliases), country, List.of()));
        names.put(name, id);
        for (String a : aliases) names.put(a, id);
        return this;
    }

    public ArticleFixture person(String id, String name, String state, String title, String... aliases) {
        entities.put(id, new Entity(id, EntityType.PER, name, List.of(aliases), state,
                List.of(new Role(title, state, new Span(0, 0)))));
        names.put(name, id);
        for (String a : aliases) names.put(a, id);
        return this;
    }

    /** A time expression at the first occurrence of {@code words} (after {@code after} when given). */
    public ArticleFixture timex(String words, String value) {
        int at = analysisText().indexOf(words);
        if (at < 0) throw new IllegalArgumentException("no '" + words + "' in the text");
        timexes.add(new Timex(new Span(at, at + words.length()), words, TimexType.DATE, value));
        return this;
    }

    public ArticleFixture timex(String words, int occurrence, String value) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) at = analysisText().indexOf(words, at + 1);
        if (at < 0) throw new IllegalArgumentException("no '" + words + "' #" + occurrence + " in the text");
        timexes.add(new Timex(new Span(at, at + words.length()), words, TimexType.DATE, value));
        return this;
    }

    public Article article() {
        return new Article(id, id + ".txt", null, null, PublicationTime.ofDate(published), null, List.of(), List.of(),
                outlet, null, "id", List.of(), captions, text);
    }

    private String analysisText() {
        return article().analysisText();
    }

    /** Sentences, mentions and time expressions: what the stages before quotes and events add. */
    public Analysis analysis() {
        Article article = article();
        String t = article.analysisText();
        List<Mention> mentions = new ArrayList<>();
        List<String> byLength = names.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        boolean[] taken = new boolean[t.length()];
        for (String name : byLength) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(t);
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end(); i++) free &= !taken[i];
                if (!free) continue;
                for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                String eid = names.get(name);
                mentions.add(new Mention(new Span(m.start(), m.end()), name, entities.get(eid).type(), eid));
            }
        }
        mentions.sort(Comparator.comparingInt(x -> x.span().start()));
        Analysis a = new SentenceSplitter().apply(Analysis.of(article));
        return a.withEntities(mentions, List.copyOf(entities.values())).withTimexes(timexes);
    }
}
