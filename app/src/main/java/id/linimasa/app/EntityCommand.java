package id.linimasa.app;

import id.linimasa.index.Corpus;
import id.linimasa.index.EntityCount;
import id.linimasa.index.EntityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/** {@code linimasa entity NAME}: what the corpus says about one entity. */
@Command(name = "entity", mixinStandardHelpOptions = true,
        description = {"Shows one entity: its names, how many articles name it and when, the roles articles give it "
                + "(dated), who appears with it most, and how many of its quotes the corpus holds."})
public final class EntityCommand extends CorpusCommand {

    @Parameters(paramLabel = "NAME", description = "entity id or any name the articles use")
    String name;
    @Option(names = "--format", defaultValue = "text", description = "text or json")
    Format format;

    @Override
    int run(Corpus c, PrintWriter out) throws IOException {
        Optional<EntityReport> found = c.entity(name);
        if (found.isEmpty()) return notFound("entity named '" + name + "'");
        EntityReport r = found.get();
        if (format == Format.json) {
            Output.jsonLine(out, r);
            return Main.OK;
        }
        out.printf("%s  (%s, %s%s)%n", r.entity().name(), r.entity().id(), r.entity().type(),
                r.entity().country() == null ? "" : ", " + r.entity().country());
        if (!r.entity().aliases().isEmpty()) out.printf("  also: %s%n", String.join(", ", r.entity().aliases()));
        out.printf("  named in %d article%s, %s .. %s; %d quote%s%n", r.articles(), r.articles() == 1 ? "" : "s",
                StoriesCommand.date(r.first()), StoriesCommand.date(r.last()), r.quotes(), r.quotes() == 1 ? "" : "s");
        if (!r.roles().isEmpty()) {
            out.println("  roles:");
            for (EntityReport.DatedRole d : r.roles()) {
                out.printf("    %s  %s%s  (%s)%n", StoriesCommand.date(d.published()), d.role().title(),
                        d.role().affiliation() == null ? "" : " " + d.role().affiliation(), d.articleId());
            }
        }
        if (!r.cooccurring().isEmpty()) {
            out.println("  appears with:");
            for (EntityCount e : r.cooccurring()) out.printf("    %4d  %s (%s)%n", e.articles(), e.name(), e.id());
        }
        return Main.OK;
    }
}
