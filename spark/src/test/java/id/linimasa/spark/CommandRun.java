package id.linimasa.spark;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** A {@code linimasa-spark} command run in this JVM: its exit code and what it printed. */
record CommandRun(int code, String out, String err) {

    static CommandRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LinimasaSpark.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
