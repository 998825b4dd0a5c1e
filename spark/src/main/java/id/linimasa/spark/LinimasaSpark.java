package id.linimasa.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;

/** The {@code linimasa-spark} command: the pipeline as a Spark job writing to OpenSearch, search and timelines over what it wrote. */
@Command(name = "linimasa-spark", mixinStandardHelpOptions = true, version = "linimasa-spark 0.1.0",
        description = {"Runs linimasa's per-page pipeline as a Spark job (local or on a cluster) and keeps articles and events in OpenSearch."},
        subcommands = {IngestCommand.class, SearchCommand.class, TimelineCommand.class})
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
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + oneLine(e));
            if (System.getenv("LINIMASA_DEBUG") != null) e.printStackTrace(cmd.getErr());
            return SOME_FAILED;
        });
        return cl;
    }

    /**
     * A failure as one line: the first I/O failure in its causes (ours say what went wrong; their own causes are
     * terser), else its root cause with the class named; of the message only the first line (a SparkException's
     * carries the executors' stack traces and "Driver stacktrace:").
     */
    static String oneLine(Throwable e) {
        Throwable shown = e;
        while (!(shown instanceof IOException) && shown.getCause() != null && shown.getCause() != shown) shown = shown.getCause();
        String message = shown.getMessage() == null ? "" : shown.getMessage().strip().lines().findFirst().orElse("");
        return shown instanceof IOException ? message : shown.getClass().getSimpleName() + ": " + message;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required; see 'linimasa-spark --help'");
    }
}
