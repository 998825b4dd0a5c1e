package id.linimasa.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The {@code linimasa-spark} command: the pipeline as a Spark job writing to OpenSearch, and search over what it wrote. */
@Command(name = "linimasa-spark", mixinStandardHelpOptions = true, version = "linimasa-spark 0.1.0",
        description = {"Runs linimasa's per-page pipeline as a Spark job (local or on a cluster) and keeps articles and events in OpenSearch."},
        subcommands = {IngestCommand.class, SearchCommand.class})
public final class LinimasaSpark implements Runnable {

    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new LinimasaSpark());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : SOME_FAILED);
        cl.setParameterExceptionHandler((e, args) -> {
            String name = e.getCommandLine().getCommandSpec().qualifiedName();
            e.getCommandLine().getErr().println(name + ": " + e.getMessage() + " (see '" + name + " --help')");
            return USAGE;
        });
        // a failure that is not about one page (OpenSearch unreachable, Spark refusing the job) is one line, exit 1
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Throwable shown = e instanceof UncheckedIOException u ? u.getCause() : e;
            String reason = shown.getMessage() == null ? shown.toString() : shown.getMessage();
            if (!(shown instanceof IOException)) reason = shown.getClass().getSimpleName() + ": " + reason;
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + reason);
            if (System.getenv("LINIMASA_DEBUG") != null) e.printStackTrace(cmd.getErr());
            return SOME_FAILED;
        });
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required; see 'linimasa-spark --help'");
    }
}
