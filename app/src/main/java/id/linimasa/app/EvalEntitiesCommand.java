package id.linimasa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.linimasa.Linimasa;
import id.linimasa.eval.EntityGoldDocument;
import id.linimasa.eval.EntityScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code linimasa eval entities}: the entity stage against a gold set of Indonesian news documents. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Runs the full analysis on the documents of an entity gold set (.en files; the format is described in "
                + "examples/entities/README.md) and scores the names found: precision/recall/F1 of the distinct forms each "
                + "document writes with their type, and of the links between forms (two forms of one gold entity given one "
                + "entity id).")
public final class EvalEntitiesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "folder of .en files (read recursively), or one file")
    Path dir;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--errors", description = "also list each missed, mistyped and extra name and each pair linked wrongly (text format)")
    boolean errors;

    @Option(names = "--min-f1", paramLabel = "X", description = "exit 1 when the F1 of the names is below X")
    Double minF1;

    @Override
    public Integer call() throws IOException {
        GoldFiles<EntityGoldDocument> docs = GoldFiles.load(dir, ".en", EntityGoldDocument::read);
        if (docs.documents().isEmpty()) return Main.SOME_FAILED;
        EntityScore total = EntityScore.EMPTY;
        for (EntityGoldDocument doc : docs.documents()) {
            total = total.plus(EntityScore.of(doc.name(), doc.gold(), Linimasa.analyse(doc.article()).mentions()));
        }
        print(total);
        int status = docs.failed() > 0 ? Main.SOME_FAILED : Main.OK;
        if (ScoreTable.belowFloor("eval entities: names F1", total.names().f1(), minF1)) status = Main.SOME_FAILED;
        return status;
    }

    private void print(EntityScore s) throws IOException {
        if (format == Format.json) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = ScoreTable.counts(json, s.documents(), s.goldNames(), s.systemNames());
            root.set("names", ScoreTable.json(json, s.names()));
            root.set("links", ScoreTable.json(json, s.links()));
            System.out.println(json.writeValueAsString(root));
            return;
        }
        System.out.printf("documents %d, gold names %d, system names %d, gold links %d%n", s.documents(), s.goldNames(), s.systemNames(), s.goldLinks());
        ScoreTable.header(16, "match");
        ScoreTable.line(16, "names", s.names());
        ScoreTable.line(16, "links", s.links());
        if (errors) s.misses().forEach(System.out::println);
    }
}
