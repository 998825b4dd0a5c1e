package id.linimasa.app;

import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A command that fails on its input (no corpus, a locked corpus, an unreadable file) says why in one
 * line and exits {@link Main#SOME_FAILED}; set LINIMASA_DEBUG=1 to see the stack trace as well.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        Throwable shown = e instanceof UncheckedIOException u ? u.getCause() : e;
        String reason = shown.getMessage() == null ? shown.toString() : shown.getMessage();
        if (!(shown instanceof IOException || shown instanceof CorpusOption.MissingCorpusException)) {
            reason = shown.getClass().getSimpleName() + ": " + reason;
        }
        cmd.getErr().println("linimasa " + cmd.getCommandName() + ": " + reason);
        if (System.getenv("LINIMASA_DEBUG") != null) e.printStackTrace(cmd.getErr());
        return Main.SOME_FAILED;
    }
}
