package id.linimasa.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code linimasa eval ...}: the evaluation harnesses; each prints its figures and takes {@code --min-f1}. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measures a component on a labelled data set.",
        subcommands = {EvalNerCommand.class})
public final class EvalCommand implements Runnable {
    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "say what to evaluate, e.g. 'linimasa eval ner --help'");
    }
}
