package bpdiff.check.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.cli.ExitCode;
import bpdiff.testing.Cli;
import bpdiff.testing.PrintedText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code bpdiff check} on the corpus of student-style programs ({@code examples/programs/corpus/}), run as a user
 * runs it ({@code check FILE --format json --junit-xml FILE --show-output}) and held to the truth that
 * {@code tools/corpus_reference.py} computed without bpdiff ({@code reference-results/corpus/}): CPython ran each
 * program unchanged, and every update of every parameter was compared with the learning rate times PyTorch's
 * float64 autograd gradient at that epoch's weights (epoch k is each parameter's k-th update).
 *
 * <p>Per program: a correct one exits 0, a mistaken one exits 1; bpdiff's parameters are the reference's (named
 * as the update's target is written, {@code w[2]}, {@code parameters['W1']}, {@code self.params['W1']}); nothing
 * is left unchecked; the parameters with a wrong gradient claim are exactly those whose updates are wrong, each
 * first wrong at the reference's epoch; the JUnit XML fails the same claims; and the program's own output
 * ({@code --show-output}, on standard error) is CPython's, byte for byte.
 */
class CorpusTest {

    private static final String CORPUS = "examples/programs/corpus/";
    private static final String REFERENCES = "reference-results/corpus/";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How the JUnit report names a claim: {@code line N: statement (∂L/∂name)}. */
    private static final String CLAIM = " (∂L/∂";

    @TempDir
    Path dir;

    static List<String> programs() throws IOException {
        List<String> files = new ArrayList<>();
        JSON.readTree(Path.of(CORPUS + "manifest.json").toFile()).get("programs")
                .forEach(p -> files.add(p.get("file").asText()));
        return files;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void checkSaysWhatTheReferenceSays(String file) throws Exception {
        String program = CORPUS + file;
        String stem = file.substring(0, file.length() - ".py".length());
        JsonNode reference = JSON.readTree(Path.of(REFERENCES + stem + ".json").toFile());
        assertEquals(reference.get("sha256").asText(), sha256(Path.of(program)),
                program + " changed since its reference was made: run make pytorch-reference");
        boolean correct = reference.get("correct").asBoolean();
        Path xml = dir.resolve(stem + ".xml");

        // the verdict is what this test holds, not the time: on a loaded machine the nnfs programs pass check's
        // default 60 s (speed is make bench's, never a test's)
        List<String> args = new ArrayList<>(List.of("check", program, "--format", "json", "--junit-xml", xml.toString(),
                "--show-output", "--time-limit", "900"));
        JsonNode lossExpression = reference.get("loss").get("expression");
        if (lossExpression != null) { // a program that computes no loss: the manifest's, as a user gives it
            args.addAll(List.of("--loss-expr", lossExpression.asText()));
        }
        Cli.Result run = Cli.run(args.toArray(String[]::new));

        assertEquals(correct ? ExitCode.SAME : ExitCode.DIFFERENT, run.status(),
                (correct ? "a correct program" : "a program with one mistake") + " exits " + run.status() + ": "
                        + firstLine(run.err()) + firstLine(run.out()));
        JsonNode report = JSON.readTree(run.out());
        assertEquals(names(reference.get("parameters"), "name"), texts(report.get("parameters")), "the parameters");
        assertEquals(0, report.get("notChecked").size(), "not checked: " + report.get("notChecked"));

        Map<String, Integer> expected = new TreeMap<>();
        reference.get("parameters").forEach(p -> {
            if (p.get("wrong").asBoolean()) {
                expected.put(p.get("name").asText(), p.get("firstWrongEpoch").asInt());
            }
        });
        assertEquals(expected, wrongParameters(report), "the wrong parameters and the epoch each is first wrong at");
        assertEquals(correct ? -1 : reference.get("firstWrongEpoch").asInt(), report.get("firstFailingEpoch").asInt(),
                "the first failing epoch");

        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile())
                .getDocumentElement();
        assertEquals("0", suite.getAttribute("errors"), "JUnit errors");
        assertEquals(String.valueOf(report.get("wrong").asInt()), suite.getAttribute("failures"), "JUnit failures");
        assertEquals(expected.keySet(), failedInJunit(suite, texts(report.get("parameters"))),
                "the parameters the JUnit XML fails");

        String output = Files.readString(Path.of(REFERENCES + stem + ".out"), StandardCharsets.UTF_8);
        PrintedText.assertSame(output, run.err(), 1e-9, "the program's output (--show-output) against CPython's");
    }

    /** Each parameter with a failing claim of its gradient, and the earliest epoch one of them fails at. */
    private static Map<String, Integer> wrongParameters(JsonNode report) {
        Set<String> parameters = texts(report.get("parameters"));
        Map<String, Integer> wrong = new TreeMap<>();
        for (JsonNode q : report.get("quantities")) {
            String of = q.get("derivativeOf").asText();
            String verdict = q.get("verdict").asText();
            if (parameters.contains(of) && (verdict.equals("wrong") || verdict.equals("error"))) {
                wrong.merge(of, q.get("firstFailingEpoch").asInt(), Math::min);
            }
        }
        return wrong;
    }

    /** The parameters named by the JUnit test cases that fail ({@code line N: … (∂L/∂w1)}). */
    private static Set<String> failedInJunit(Element suite, Set<String> parameters) {
        Set<String> failed = new TreeSet<>();
        NodeList failures = suite.getElementsByTagName("failure");
        for (int i = 0; i < failures.getLength(); i++) {
            String name = ((Element) failures.item(i).getParentNode()).getAttribute("name");
            assertTrue(!name.startsWith("not checked"), name);
            int at = name.lastIndexOf(" (", name.lastIndexOf("∂L/∂")); // a reading may hold one: (∂L/∂A2 (an earlier value))
            assertTrue(at > 0 && name.endsWith(")") && name.substring(at).contains(CLAIM.substring(2)),
                    "a failing test case names a claim: " + name);
            // an intermediate may be read as a multiple of its derivative: "(7·∂L/∂Z)"
            String of = name.substring(name.lastIndexOf("∂L/∂") + "∂L/∂".length(), name.length() - 1);
            if (parameters.contains(of)) {
                failed.add(of);
            }
        }
        return failed;
    }

    private static Set<String> names(JsonNode objects, String field) {
        Set<String> names = new TreeSet<>();
        objects.forEach(o -> names.add(o.get(field).asText()));
        return names;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        if (array != null) {
            array.forEach(t -> texts.add(t.asText()));
        }
        return texts;
    }

    private static String firstLine(String text) {
        return text.isEmpty() ? "" : text.lines().findFirst().orElse("") + " ";
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
