package id.linimasa.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code linimasa train ...}: builds the project's models from labelled data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Trains a model from labelled data.",
        subcommands = {TrainNerCommand.class})
public final class TrainCommand implements Runnable {
    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "say what to train, e.g. 'linimasa train ner --help'");
    }
}
