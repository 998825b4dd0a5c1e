package id.linimasa.app;

import id.linimasa.index.Corpus;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** A command that reads the corpus given by {@code --corpus}: opens it, runs, closes it. */
abstract class CorpusCommand implements Callable<Integer> {

    @Mixin
    CorpusOption corpus;
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws IOException {
        try (Corpus c = corpus.openExisting()) {
            int exit = run(c, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return exit;
        }
    }

    abstract int run(Corpus corpus, PrintWriter out) throws IOException;

    /** Says on stderr that {@code what} is not in the corpus; returns the exit code for it. */
    int notFound(String what) {
        spec.commandLine().getErr().println("linimasa " + spec.name() + ": no " + what + " in " + corpus.dir);
        return Main.SOME_FAILED;
    }

    /** Whether the corpus knows the entity; if not, says so (see {@link #notFound}). */
    boolean knows(Corpus c, String entity) {
        if (c.resolveEntity(entity).isPresent()) return true;
        notFound("entity named '" + entity + "'");
        return false;
    }
}
