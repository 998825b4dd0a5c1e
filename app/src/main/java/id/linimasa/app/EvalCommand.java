package id.linimasa.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code linimasa eval ...}: the evaluation harnesses; each measures one stage against a gold data set. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures a stage against a gold data set and prints its figures.",
        subcommands = {
                EvalEntitiesCommand.class,
                EvalEventsCommand.class,
                EvalExtractionCommand.class,
                EvalNerCommand.class,
                EvalQuotesCommand.class,
                EvalStoriesCommand.class,
                EvalTimexCommand.class,
        })
public final class EvalCommand implements Runnable {

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "eval needs a subcommand; see 'linimasa eval --help'");
    }
}
