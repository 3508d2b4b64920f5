package bpdiff.program.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * bpdiff reads Python as CPython 3.11 reads it, held to CPython itself on thousands of files nobody here wrote:
 * every {@code *.py} of Debian's standard library and of numpy. For each file CPython compiles, bpdiff's NEWLINE,
 * INDENT and DEDENT tokens equal {@code tokenize}'s, and bpdiff either parses it with no problem or refuses only
 * what it does not run: "not supported: <construct>" exactly where CPython's {@code ast} has that construct, or a
 * module, member or built-in outside bpdiff's library subset. A syntax error there is a false rejection, and so is
 * a name called undefined unless CPython's own symbol table finds it read and bound nowhere in the file (a name
 * that raises NameError if the code reading it runs: the library has a few, in code that never runs).
 */
class LayoutConformanceTest {

    private static final List<Path> CORPUS = List.of(Path.of("/usr/lib/python3.11"),
            Path.of("/usr/lib/python3/dist-packages/numpy"));
    private static final String CONSTRUCT = "not supported: ";

    @Test
    void everyFileCPythonReadsIsReadTheSameWay() throws IOException, InterruptedException {
        List<Path> files = new ArrayList<>();
        for (Path root : CORPUS) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() > 1000, "the corpus is missing (apt-get install python3 python3-numpy): "
                + files.size() + " files under " + CORPUS);
        Tally tally = new Tally();
        PythonLayout.each(files, tally::file);
        System.out.println(tally.summary());
        assertTrue(tally.falseRejections.isEmpty() && tally.layoutDifferences.isEmpty()
                && tally.nameDifferences.isEmpty() && tally.shapeDifferences.isEmpty(), tally.summary()
                + "\nfirst false rejections:\n  " + String.join("\n  ", first(tally.falseRejections))
                + "\nfirst layout differences:\n  " + String.join("\n  ", first(tally.layoutDifferences))
                + "\nfirst name differences:\n  " + String.join("\n  ", first(tally.nameDifferences))
                + "\nfirst tree differences:\n  " + String.join("\n  ", first(tally.shapeDifferences)));
    }

    private static List<String> first(List<String> items) {
        return items.subList(0, Math.min(15, items.size()));
    }

    /** What bpdiff made of the corpus. */
    private static final class Tally {
        int files;
        int cpythonRefused;
        int compared;
        int parsed;
        int refusedConstruct;
        int refusedSubsetOnly;
        int refusedUndefined;
        final List<String> undefined = new ArrayList<>();
        final Map<String, Integer> constructs = new TreeMap<>();
        final List<String> falseRejections = new ArrayList<>();
        final List<String> layoutDifferences = new ArrayList<>();
        final List<String> nameDifferences = new ArrayList<>();
        final List<String> shapeDifferences = new ArrayList<>();
        int namesCompared;

        void file(Path file, JsonNode result) throws IOException {
            files++;
            if (!result.get("parses").asBoolean()) {
                cpythonRefused++;
                return;
            }
            compared++;
            String text = PythonLayout.text(file, result);
            if (result.get("layout").isNull()) {
                layoutDifferences.add(file + ": tokenize failed: " + result.get("layout_error").asText());
            } else {
                String difference = PythonLayout.firstDifference(PythonLayout.cpythonLayout(result),
                        PythonLayout.bpdiffLayout(text));
                if (difference != null) {
                    layoutDifferences.add(file + ": " + difference);
                }
            }
            List<Problem> problems;
            try {
                Program program = Parser.parse(text, file.toString());
                parsed++;
                names(file, result, program);
                return;
            } catch (BadProgramException e) {
                problems = e.problems();
            } catch (RuntimeException | StackOverflowError e) {
                falseRejections.add(file + ": " + e);
                return;
            }
            Set<String> atConstructs = new HashSet<>();
            result.get("refused").forEach(r -> atConstructs.add(r.get(0).asText() + " " + r.get(1).asInt() + ":"
                    + r.get(2).asInt()));
            Set<String> unbound = new HashSet<>();
            result.get("unbound").forEach(n -> unbound.add(n.asText()));
            boolean construct = false;
            boolean subset = false;
            for (Problem p : problems) {
                if (p.kind() == Problem.Kind.NAME && unbound.contains(p.message().split("'")[1])) {
                    undefined.add(p.text());
                    continue;
                }
                if (p.kind() == Problem.Kind.UNSUPPORTED && !p.message().startsWith(CONSTRUCT)
                        && !p.message().startsWith("the expression is nested")) {
                    subset = true;
                    continue;
                }
                if (p.kind() == Problem.Kind.UNSUPPORTED && p.message().startsWith(CONSTRUCT)) {
                    String name = p.message().substring(CONSTRUCT.length()).split("; ")[0];
                    if (atConstructs.contains(name + " " + p.line() + ":" + (p.column() - 1))) {
                        constructs.merge(name.startsWith("from ") ? "from … import *" : name, 1, Integer::sum);
                        construct = true;
                        continue;
                    }
                    falseRejections.add(file + ":" + p.line() + ":" + p.column() + ": " + p.message()
                            + " (CPython's ast has no such construct there)");
                } else {
                    falseRejections.add(file + ":" + p.line() + ":" + p.column() + ": " + p.kind() + " "
                            + p.message());
                }
            }
            if (construct) {
                refusedConstruct++;
            } else {
                if (subset) {
                    refusedSubsetOnly++;
                } else {
                    refusedUndefined++;
                }
                // nothing was left out of the tree: its names stand where CPython's do
                names(file, result, Parser.tree(text, file.toString(), new ArrayList<>(), new HashSet<>()));
            }
        }

        /** The names of a whole tree against CPython's Name nodes. */
        void names(Path file, JsonNode result, Program program) {
            namesCompared++;
            String difference = PythonLayout.firstDifference(PythonLayout.cpythonNames(result),
                    PythonLayout.bpdiffNames(program));
            if (difference != null) {
                nameDifferences.add(file + ": " + difference.replace("tokenize", "ast"));
            }
            if (!result.get("shapes").asText().equals(TreeShapes.digest(program))) {
                shapeDifferences.add(file + ": the tree differs from ast's (tools/python_layout.py --shapes " + file
                        + " writes ast's)");
            }
        }

        String summary() {
            return "Layout conformance with CPython " + "3.11 on " + files + " files: " + cpythonRefused
                    + " not compiled by CPython (not compared); of the " + compared + " compared, " + parsed
                    + " parsed with no problem, " + refusedConstruct + " refused for a construct bpdiff does not run, "
                    + refusedSubsetOnly + " only for modules, members or built-ins outside bpdiff's library subset, "
                    + refusedUndefined + " only for names bound nowhere; "
                    + "falsely rejected: " + falseRejections.size() + " problems; layout differences: "
                    + layoutDifferences.size() + " files\nconstructs refused (problems): " + constructs
                    + "\nnames reported undefined that CPython's symbol table binds nowhere either: " + undefined
                    + "\nfiles whose whole tree was compared with ast's (its Name nodes by id, line and column; its "
                    + "statements and expressions by shape): " + namesCompared + ", differences in names: "
                    + nameDifferences.size() + ", in shapes: " + shapeDifferences.size();
        }
    }
}
