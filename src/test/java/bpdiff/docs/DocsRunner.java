package bpdiff.docs;

import bpdiff.cli.Main;
import bpdiff.gradient.PyTorchEngine;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM of {@link DocsExamplesTest}: runs the documents' {@code bpdiff} commands one after the other in its
 * working folder, as a user types them into one shell there, each through {@link Main#execute} (the engine starts
 * once), and writes what each printed: standard output, standard error, and both as a terminal shows them.
 */
public final class DocsRunner {

    /**
     * What one command printed and returned.
     *
     * @param status its exit status
     * @param out standard output
     * @param err standard error
     * @param terminal both, in the order they were written
     */
    record Printed(int status, String out, String err, String terminal) {}

    private DocsRunner() {}

    /**
     * Runs the commands.
     *
     * @param args the file of commands (a JSON array of argument lists), the file the results go to
     * @throws IOException if either file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<List<String>> commands = json.readValue(Path.of(args[0]).toFile(), new TypeReference<>() { });
        List<Printed> printed = new ArrayList<>();
        for (List<String> command : commands) {
            printed.add(run(command.toArray(String[]::new)));
        }
        json.writeValue(Path.of(args[1]).toFile(), printed);
        PyTorchEngine.awaitLoading();
        System.exit(0);
    }

    private static Printed run(String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        StringWriter terminal = new StringWriter();
        int status;
        try (PrintWriter o = new PrintWriter(new Both(out, terminal));
                PrintWriter e = new PrintWriter(new Both(err, terminal))) {
            status = Main.execute(args, o, e);
        }
        return new Printed(status, out.toString(), err.toString(), terminal.toString());
    }

    /** A writer into its own text and the terminal's. */
    private static final class Both extends Writer {
        private final StringWriter own;
        private final StringWriter terminal;

        Both(StringWriter own, StringWriter terminal) {
            this.own = own;
            this.terminal = terminal;
        }

        @Override
        public void write(char[] text, int from, int length) {
            synchronized (terminal) {
                own.write(text, from, length);
                terminal.write(text, from, length);
            }
        }

        @Override
        public void flush() { }

        @Override
        public void close() { }
    }
}
