package bpdiff.program.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import bpdiff.program.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code tools/python_layout.py} on {@code /usr/bin/python3} (CPython 3.11): how CPython's {@code tokenize},
 * {@code ast} and compiler read some files. One process for all files; a missing Python fails the test.
 */
final class PythonLayout {

    static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PythonLayout() {}

    /**
     * @param files Python files
     * @return one result per file, in order (see the tool's docstring for the fields)
     * @throws IOException if the tool cannot be run
     * @throws InterruptedException if interrupted while it runs
     */
    static List<JsonNode> of(List<Path> files) throws IOException, InterruptedException {
        List<JsonNode> results = new ArrayList<>();
        each(files, (file, result) -> results.add(result));
        return results;
    }

    /** What is done with each file's result, as soon as it comes. */
    interface Reader {
        /**
         * @param file the file
         * @param result the tool's result for it
         * @throws IOException if the file cannot be read
         */
        void read(Path file, JsonNode result) throws IOException;
    }

    /**
     * Runs the tool and hands each result on while the tool works on the next files.
     *
     * @param files Python files
     * @param reader what is done with each result, in order
     * @throws IOException if the tool cannot be run
     * @throws InterruptedException if interrupted while it runs
     */
    static void each(List<Path> files, Reader reader) throws IOException, InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            fail(PYTHON + " is missing: the layout tests hold bpdiff to CPython 3.11 itself (apt-get install python3 "
                    + "python3-numpy)");
        }
        Path errors = Files.createTempFile("python-layout", ".err");
        Process process = new ProcessBuilder(PYTHON.toString(), "tools/python_layout.py", "-")
                .redirectError(errors.toFile()).start();
        try (Writer stdin = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            for (Path f : files) {
                stdin.write(f.toString() + "\n");
            }
        }
        int count = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                reader.read(files.get(count++), MAPPER.readTree(line));
            }
        }
        int status = process.waitFor();
        String stderr = Files.readString(errors);
        Files.delete(errors);
        assertEquals(0, status, "tools/python_layout.py failed:\n" + stderr);
        assertEquals(files.size(), count, "one result per file:\n" + stderr);
    }

    /**
     * @param file a Python file
     * @param result the tool's result for it
     * @return its text, decoded as CPython decodes it, without a byte-order mark
     * @throws IOException if it cannot be read
     */
    static String text(Path file, JsonNode result) throws IOException {
        String text = new String(Files.readAllBytes(file), Charset.forName(result.get("encoding").asText()));
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * @param result the tool's result for a file
     * @return tokenize's NEWLINE, INDENT and DEDENT tokens, each {@code "KIND line:col"} (col 0-based)
     */
    static List<String> cpythonLayout(JsonNode result) {
        List<String> layout = new ArrayList<>();
        result.get("layout").forEach(t -> layout.add(t.get(0).asText() + " " + t.get(1).asInt() + ":"
                + t.get(2).asInt()));
        return layout;
    }

    /**
     * @param text a program
     * @return bpdiff's NEWLINE, INDENT and DEDENT tokens, written as {@link #cpythonLayout} writes tokenize's
     */
    static List<String> bpdiffLayout(String text) {
        List<String> layout = new ArrayList<>();
        for (Token t : Lexer.tokenize(text, "p.py", new ArrayList<Problem>())) {
            if (t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.INDENT || t.kind() == TokenKind.DEDENT) {
                layout.add(t.kind() + " " + t.line() + ":" + (t.column() - 1));
            }
        }
        return layout;
    }

    /**
     * @param result the tool's result for a file
     * @return the names of CPython's ast, each {@code "id line:col"} (col 1-based), in order
     */
    static List<String> cpythonNames(JsonNode result) {
        List<String> names = new ArrayList<>();
        result.get("names").forEach(n -> names.add(n.get(0).asText() + " " + n.get(1).asInt() + ":"
                + (n.get(2).asInt() + 1)));
        return names;
    }

    /**
     * Every {@link Expr.Name} of a tree where CPython places it: bpdiff widens a parenthesised expression's span to
     * its parentheses (for quoting), CPython does not, so the position is taken after them.
     *
     * @param program a parsed program
     * @return its names, each {@code "id line:col"}, in order of position
     */
    static List<String> bpdiffNames(Program program) {
        List<Expr.Name> found = new ArrayList<>();
        statements(program.body(), found);
        LineMap lines = new LineMap(program.text());
        String text = program.text();
        List<int[]> positions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Expr.Name n : found) {
            int at = n.span().start();
            while (at < text.length() && (text.charAt(at) == '(' || Character.isWhitespace(text.charAt(at))
                    || text.charAt(at) == '\\')) {
                at++;
            }
            positions.add(new int[] {lines.line(at), lines.column(at)});
            names.add(n.id() + " " + lines.line(at) + ":" + lines.column(at));
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            order.add(k);
        }
        order.sort(java.util.Comparator.<Integer>comparingInt(k -> positions.get(k)[0])
                .thenComparingInt(k -> positions.get(k)[1]).thenComparing(names::get));
        return order.stream().map(names::get).toList();
    }

    private static void statements(List<Stmt> body, List<Expr.Name> found) {
        for (Stmt s : body) {
            Children.of(s).forEach(e -> expression(e, found));
            Children.blocks(s).forEach(block -> statements(block, found));
        }
    }

    private static void expression(Expr e, List<Expr.Name> found) {
        if (e instanceof Expr.Name n) {
            found.add(n);
        }
        Children.of(e).forEach(child -> expression(child, found));
    }

    /**
     * @param expected tokenize's layout
     * @param actual bpdiff's
     * @return where they first differ, or {@code null} if they are equal
     */
    static String firstDifference(List<String> expected, List<String> actual) {
        for (int k = 0; k < Math.max(expected.size(), actual.size()); k++) {
            String e = k < expected.size() ? expected.get(k) : "nothing";
            String a = k < actual.size() ? actual.get(k) : "nothing";
            if (!e.equals(a)) {
                return "token " + (k + 1) + ": tokenize has " + e + ", bpdiff " + a;
            }
        }
        return null;
    }
}
