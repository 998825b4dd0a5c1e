package id.linimasa.app;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A command run in-process through {@link Main#commandLine()}: its exit code and what it printed, both through
 * picocli's writers (usage, help) and through System.out and System.err (what the commands print themselves).
 */
record CommandRun(int exit, String out, String err) {

    static CommandRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out, oldErr = System.err;
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8), e = new PrintStream(err, true, StandardCharsets.UTF_8);
        try {
            System.setOut(o);
            System.setErr(e);
            var cl = Main.commandLine();
            PrintWriter ow = new PrintWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8), true);
            PrintWriter ew = new PrintWriter(new OutputStreamWriter(e, StandardCharsets.UTF_8), true);
            cl.setOut(ow);
            cl.setErr(ew);
            int exit = cl.execute(args);
            ow.flush();
            ew.flush();
            return new CommandRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
