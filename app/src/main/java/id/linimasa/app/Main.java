package id.linimasa.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code linimasa} command. Exit codes: 0 success, 1 some inputs failed, 2 usage error.
 */
@Command(name = "linimasa", mixinStandardHelpOptions = true, version = "linimasa 0.1.0",
        description = "Reads raw Indonesian news pages and reconstructs the story they tell.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ExtractCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                TrainCommand.class,
                IngestCommand.class, SearchCommand.class, ShowCommand.class, TimelineCommand.class, ExportCommand.class,
                StoriesCommand.class, StoryCommand.class, QuotesCommand.class, EntitiesCommand.class, EntityCommand.class,
                DemoCommand.class, ReanalyseCommand.class,
                ServeCommand.class,
        })
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;

    /**
     * Lucene warns on every start that the JDK's vector incubator module is not enabled; that line would bury
     * the one-line failure reasons users read on stderr. Held in a field because JUL keeps loggers weakly.
     */
    private static final Logger LUCENE_VECTOR_LOG = Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_VECTOR_LOG.setLevel(Level.SEVERE);
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : SOME_FAILED);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(new OneLineErrors());
        cl.setParameterExceptionHandler(Main::usageError);
        shareVersion(cl, cl.getCommandSpec().version());
        return cl;
    }

    /** picocli gives each subcommand an empty version of its own, so {@code linimasa search -V} would print a blank line. */
    private static void shareVersion(CommandLine cl, String[] version) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().version(version);
            shareVersion(sub, version);
        }
    }

    /** A usage error is one line naming the command, with where to read its usage. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        String name = e.getCommandLine().getCommandSpec().qualifiedName();
        e.getCommandLine().getErr().println(name + ": " + e.getMessage() + " (see '" + name + " --help')");
        return USAGE;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required; see 'linimasa --help'");
    }
}
