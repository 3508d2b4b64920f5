package bpdiff.testing;

import bpdiff.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code bpdiff} command in-process with captured output, as picocli's own tests do. */
public final class Cli {

    /**
     * What one run printed and returned.
     *
     * @param status the exit status
     * @param out standard output
     * @param err standard error
     */
    public record Result(int status, String out, String err) {}

    private Cli() {}

    /**
     * Runs bpdiff.
     *
     * @param args the command line
     * @return its exit status and output
     */
    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(status, out.toString(), err.toString());
    }
}
