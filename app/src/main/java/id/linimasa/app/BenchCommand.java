package id.linimasa.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code linimasa bench ...}: speed measurements that print their figures (never timed unit tests). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures how fast a stage runs and prints its figures.",
        subcommands = {
                BenchCorpusCommand.class,
                BenchExtractionCommand.class,
                BenchPipelineCommand.class,
                BenchServeCommand.class,
        })
public final class BenchCommand implements Runnable {

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "bench needs a subcommand; see 'linimasa bench --help'");
    }
}
