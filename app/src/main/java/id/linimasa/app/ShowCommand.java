package id.linimasa.app;

import id.linimasa.Analysis;
import id.linimasa.entity.Entity;
import id.linimasa.entity.Mention;
import id.linimasa.event.Event;
import id.linimasa.extract.Article;
import id.linimasa.index.Corpus;
import id.linimasa.index.StoredArticle;
import id.linimasa.quote.Quote;
import id.linimasa.text.Span;
import id.linimasa.time.Timex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code linimasa show ID}: one article with every layer of its analysis, each with its character span. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Shows one article: metadata, body, entities, time expressions, quotes and events, each with "
                + "the [start,end) character span of the text it came from, and related articles."})
public final class ShowCommand extends CorpusCommand {

    @Parameters(paramLabel = "ID", description = "article id (as search prints it)")
    String id;
    @Option(names = "--format", defaultValue = "text", description = "text or json")
    Format format;

    @Override
    int run(Corpus c, PrintWriter out) throws IOException {
        Optional<StoredArticle> found = c.article(id);
        if (found.isEmpty()) return notFound("article " + id);
        if (format == Format.json) Output.jsonLine(out, found.get());
        else print(out, found.get());
        return Main.OK;
    }

    private static void print(PrintWriter out, StoredArticle s) {
        Analysis a = s.analysis();
        Article art = a.article();
        String text = a.text();
        out.println(Output.or(art.title()));
        field(out, "id", art.id());
        field(out, "published", art.published() == null ? null : art.published().iso());
        field(out, "modified", art.modified() == null ? null : art.modified().iso());
        field(out, "outlet", art.outlet());
        field(out, "dateline", art.dateline());
        field(out, "authors", join(art.authors()));
        field(out, "editors", join(art.editors()));
        field(out, "credits", join(art.credits()));
        field(out, "language", art.language());
        field(out, "url", art.url());
        field(out, "source", art.source());
        field(out, "story", s.storyId());
        if (s.duplicateOf() != null) field(out, "copy of", s.duplicateOf());
        out.println();
        out.println(art.text());
        for (String caption : art.captions()) out.println("[caption] " + caption);

        out.printf("%nEntities (%d)%n", a.entities().size());
        for (Entity e : a.entities()) {
            String mentions = a.mentions().stream().filter(m -> e.id().equals(m.entityId()))
                    .map(m -> span(m.span()) + " \"" + m.text() + "\"").collect(Collectors.joining(", "));
            String roles = e.roles().stream().map(r -> r.title() + (r.affiliation() == null ? "" : " " + r.affiliation()) + " " + span(r.span()))
                    .collect(Collectors.joining("; "));
            out.printf("  %-24s %-3s %s%s%n      %s%n", e.id(), e.type(), e.name(), roles.isEmpty() ? "" : "  roles: " + roles, mentions);
        }
        List<Mention> unlinked = a.mentions().stream().filter(m -> m.entityId() == null).toList();
        if (!unlinked.isEmpty()) {
            out.println("  unlinked: " + unlinked.stream().map(m -> m.type() + " " + span(m.span()) + " \"" + m.text() + "\"")
                    .collect(Collectors.joining(", ")));
        }
        out.printf("%nTime expressions (%d)%n", a.timexes().size());
        for (Timex t : a.timexes()) out.printf("  %-12s %-8s %-22s \"%s\"%n", span(t.span()), t.type(), t.value(), t.text());
        out.printf("%nQuotes (%d)%n", a.quotes().size());
        for (Quote q : a.quotes()) {
            out.printf("  %-12s %s%s%s: %s\"%s\"%n", span(q.span()), Output.or(q.speaker()),
                    q.speakerSpan() == null ? "" : " " + span(q.speakerSpan()), q.role() == null ? "" : " (" + q.role() + ")",
                    q.direct() ? "" : "[reported] ", q.text());
        }
        out.printf("%nEvents (%d)%n", a.events().size());
        for (Event e : a.events()) {
            out.printf("  %-12s %s%s %s%s %s -> %s %s conf %.2f%s%n      \"%s\"%n", span(e.sentence()), e.type(),
                    e.mode() == null ? "" : "/" + e.mode(), e.date() == null ? "undated" : e.date().value(),
                    e.date() == null ? "" : " (" + e.date().precision() + ")", e.sources(), e.targets(), e.status(), e.confidence(),
                    e.caption() ? " [caption]" : "", e.sentence().of(text).strip());
        }
        if (!s.related().isEmpty()) {
            out.printf("%nRelated (%d)%n", s.related().size());
            for (StoredArticle.Related r : s.related()) {
                out.printf("  %-12s %s | %s | %s | %s%n", r.relation(), r.id(), Output.or(r.published()), Output.or(r.outlet()), Output.or(r.title()));
            }
        }
    }

    private static void field(PrintWriter out, String name, String value) {
        if (value != null && !value.isEmpty()) out.printf("  %-10s %s%n", name + ":", value);
    }

    private static String join(List<String> values) {
        return String.join("; ", values);
    }

    static String span(Span s) {
        return "[" + s.start() + "," + s.end() + ")";
    }
}
