package id.linimasa.app;

import id.linimasa.Analysis;
import id.linimasa.entity.Entity;
import id.linimasa.event.Event;
import id.linimasa.extract.Article;
import id.linimasa.index.Corpus;
import id.linimasa.index.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code linimasa export}: the whole corpus as JSON Lines or CSV, one article or one event a line. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes every article (with its full analysis in jsonl) or every event on stdout, newest article first."})
public final class ExportCommand extends CorpusCommand {

    enum What { articles, events }

    enum ExportFormat { jsonl, csv }

    @Option(names = "--what", defaultValue = "articles", description = "articles or events (default ${DEFAULT-VALUE})")
    What what;
    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or csv (default ${DEFAULT-VALUE})")
    ExportFormat format;

    static final List<String> ARTICLE_COLUMNS = List.of("id", "published", "outlet", "title", "authors", "url", "source",
            "story", "duplicate_of", "entities", "events", "text");
    static final List<String> EVENT_COLUMNS = List.of("article_id", "outlet", "published", "duplicate_of", "type", "mode",
            "date", "precision", "status", "sources", "targets", "location", "confidence", "caption", "start", "end", "sentence");

    /** One event with the article it was coded from, as an export line. */
    record EventLine(String articleId, String outlet, String published, String duplicateOf, Event event, String sentence) {
    }

    @Override
    int run(Corpus c, PrintWriter out) throws IOException {
        if (format == ExportFormat.csv) out.println(csv(what == What.articles ? ARTICLE_COLUMNS : EVENT_COLUMNS));
        c.forEachArticle(s -> {
            if (what == What.articles) articles(out, s);
            else events(out, s);
        });
        out.flush();
        return Main.OK;
    }

    private void articles(PrintWriter out, StoredArticle s) {
        if (format == ExportFormat.jsonl) {
            Output.jsonLine(out, s);
            return;
        }
        Article a = s.analysis().article();
        out.println(csv(List.of(a.id(), iso(a), nz(a.outlet()), nz(a.title()), String.join("; ", a.authors()),
                nz(a.url()), a.source(), s.storyId(), s.duplicateOf() == null ? "" : s.duplicateOf(),
                s.analysis().entities().stream().map(Entity::id).collect(Collectors.joining(" ")),
                String.valueOf(s.analysis().events().size()), a.text())));
    }

    private void events(PrintWriter out, StoredArticle s) {
        Analysis an = s.analysis();
        Article a = an.article();
        for (Event e : an.events()) {
            String sentence = e.sentence().of(an.text()).strip();
            if (format == ExportFormat.jsonl) {
                Output.jsonLine(out, new EventLine(a.id(), a.outlet(), iso(a), s.duplicateOf(), e, sentence));
                continue;
            }
            List<String> row = new ArrayList<>(List.of(a.id(), nz(a.outlet()), iso(a), s.duplicateOf() == null ? "" : s.duplicateOf(),
                    e.type().name(), nz(e.mode()), e.date() == null ? "" : e.date().value(),
                    e.date() == null ? "" : e.date().precision().name(), e.status().name(), String.join(" ", e.sources()),
                    String.join(" ", e.targets()), nz(e.location()), String.format("%.2f", e.confidence()),
                    String.valueOf(e.caption()), String.valueOf(e.sentence().start()), String.valueOf(e.sentence().end()), sentence));
            out.println(csv(row));
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static String iso(Article a) {
        return a.published() == null ? "" : a.published().iso();
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    static String csv(List<String> fields) {
        return fields.stream().map(f -> f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")
                ? "\"" + f.replace("\"", "\"\"") + "\"" : f).collect(Collectors.joining(","));
    }
}
