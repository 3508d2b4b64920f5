import bpdiff.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes every output of {@code bpdiff check} on formula lists into a folder, one file per case, so that a
 * refactoring of the formula-list checker can be held to the outputs of the code before it: run this on both
 * commits and compare the folders ({@code diff -r}). The truth is the older commit's output, not this tool.
 *
 * <p>The cases: every {@code examples/derivations} list in every format (text, json, markdown, html, JUnit XML) at
 * 1 and 20 epochs in float64 and float32, on every example network the list fits; and mutants of each list, one
 * line changed (a sign flipped, a factor dropped or doubled, an operator or name swapped, the line cut short,
 * deleted, divided by zero), checked in text, json and JUnit at 1 epoch and text at 20 epochs. The JUnit XML's
 * {@code time} attributes are set to 0.
 *
 * <p>Run (after {@code mvn -o compile} and {@code mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt}):
 * {@code java -cp target/classes:$(cat cp.txt) tools/FormulaListOutputs.java OUTDIR}
 */
public final class FormulaListOutputs {

    private static final Pattern TIME = Pattern.compile("time=\"[^\"]*\"");
    private static int cases;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Path tmp = Files.createTempDirectory("formula-list-outputs");
        List<Path> lists = new ArrayList<>();
        try (var files = Files.walk(Path.of("examples/derivations"))) {
            files.filter(p -> p.toString().endsWith(".py")).sorted().forEach(lists::add);
        }
        for (Path list : lists) {
            String network = list.toString().contains("regression-tanh")
                    ? "examples/networks/regression-tanh.json" : "examples/networks/lecture.json";
            String base = list.getFileName().toString().replace(".py", "");
            for (String format : List.of("text", "json", "markdown", "html")) {
                for (String epochs : List.of("1", "20")) {
                    for (String dtype : List.of("float64", "float32")) {
                        run(out, tmp, base + "." + format + "." + epochs + "." + dtype, list, format, network,
                                "--epochs", epochs, "--dtype", dtype);
                    }
                }
            }
            List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
            int m = 0;
            for (int i = 0; i < lines.size(); i++) {
                for (String mutant : mutants(lines.get(i))) {
                    List<String> changed = new ArrayList<>(lines);
                    if (mutant == null) {
                        changed.remove(i);
                    } else {
                        changed.set(i, mutant);
                    }
                    Path file = tmp.resolve(base + "-m" + m + ".py");
                    Files.writeString(file, String.join("\n", changed) + "\n");
                    String name = base + "-m" + (m++);
                    Files.writeString(out.resolve(name + ".input"), String.join("\n", changed) + "\n");
                    run(out, tmp, name + ".text.1", file, "text", network, "--epochs", "1");
                    run(out, tmp, name + ".json.1", file, "json", network, "--epochs", "1");
                    run(out, tmp, name + ".text.20", file, "text", network, "--epochs", "20");
                }
            }
        }
        System.out.println(cases + " cases written to " + out);
    }

    /** One-line changes of a {@code name = expression} line; {@code null} deletes it. */
    private static List<String> mutants(String line) {
        List<String> all = new ArrayList<>();
        int eq = line.indexOf(" = ");
        if (line.startsWith("#") || eq < 0) {
            return all;
        }
        String lhs = line.substring(0, eq);
        String rhs = line.substring(eq + 3);
        all.add(null);
        all.add(lhs + " = -(" + rhs + ")");
        all.add(lhs + " = 2 * " + rhs);
        all.add(lhs + " = " + rhs + " / 0");
        all.add(lhs + " = " + rhs + " * 1e308 * 1e308");
        all.add(line.substring(0, Math.max(eq + 3, line.length() - 3)));
        all.add(line + ")");
        all.add(lhs + " = (" + rhs);
        all.add(lhs + " == " + rhs);
        all.add(lhs + " = " + rhs.replace("*", "^"));
        all.add(lhs + " = " + rhs + " * out_h1 * (1 - out_h1)");
        replaceFirst(all, lhs, rhs, " + ", " - ");
        replaceFirst(all, lhs, rhs, " - ", " + ");
        replaceFirst(all, lhs, rhs, " * ", " / ");
        replaceFirst(all, lhs, rhs, "out_o1", "out_o2");
        replaceFirst(all, lhs, rhs, "out_h1", "out_h2");
        replaceFirst(all, lhs, rhs, "w5", "w6");
        replaceFirst(all, lhs, rhs, "w6", "w5");
        replaceFirst(all, lhs, rhs, "x1", "x2");
        replaceFirst(all, lhs, rhs, "delta_o2", "d_o2");
        replaceFirst(all, lhs, rhs, "(1 - out_h1)", "(1 - out_h1 ** 2)");
        Matcher factor = Pattern.compile(" \\* [A-Za-z_0-9]+$").matcher(rhs);
        if (factor.find()) {
            all.add(lhs + " = " + rhs.substring(0, factor.start()));
        }
        Matcher paren = Pattern.compile(" \\* \\([^()]*\\)").matcher(rhs);
        if (paren.find()) {
            all.add(lhs + " = " + rhs.substring(0, paren.start()) + rhs.substring(paren.end()));
        }
        return all;
    }

    private static void replaceFirst(List<String> all, String lhs, String rhs, String from, String to) {
        int at = rhs.indexOf(from);
        if (at >= 0) {
            all.add(lhs + " = " + rhs.substring(0, at) + to + rhs.substring(at + from.length()));
        }
    }

    private static void run(Path out, Path tmp, String name, Path list, String format, String network,
            String... more) throws Exception {
        Path junit = tmp.resolve(name + ".xml");
        Files.deleteIfExists(junit);
        List<String> args = new ArrayList<>(List.of("check", list.toString(), "--format", format, "--network", network,
                "--junit-xml", junit.toString()));
        args.addAll(List.of(more));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int status = Main.execute(args.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e));
        String text = "status " + status + "\n--- out\n" + o.toString().replace(tmp.toString(), "TMP")
                + "\n--- err\n" + e.toString().replace(tmp.toString(), "TMP");
        if (Files.exists(junit)) {
            text += "\n--- junit\n" + TIME.matcher(Files.readString(junit).replace(tmp.toString(), "TMP"))
                    .replaceAll("time=\"0\"");
        }
        Files.writeString(out.resolve(name + ".out"), text);
        cases++;
    }
}
