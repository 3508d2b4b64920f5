package bpdiff.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import bpdiff.testing.Http;
import bpdiff.testing.InProcessServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/diff} with the seed's question 2 and 7, as {@code bpdiff diff A.py B.py --format json} answers
 * them for the same texts in files of the same names: the same document ({@code bpdiff.diff/1}, field for field)
 * with the command's exit status, its numbers homework 2's published ones ({@code tools/homework2_published.py},
 * {@code reference-results/python/homework2.json}) and real PyTorch's ({@code tools/torch_programs.py},
 * {@code reference-results/torch/}). Bad input is the command's one line, naming the program and its line.
 */
class ServeDiffTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PUBLISHED = "homework2-published";
    private static final String CORRECTED = "homework2-corrected";
    private static final String HOMEWORK3 = "homework3";
    private static final String MSELOSS = "torch/homework3-mseloss";

    @RegisterExtension
    static final InProcessServer server = InProcessServer.start(ServeSettings.defaults());

    @TempDir
    Path folder;

    @Test
    void homeworkTwoAsPublishedAgainstHomeworkThreeIsTheCommandsDiffWithW1ToW4DifferentAndHomeworkThreeRight()
            throws IOException {
        JsonNode answer = sameAsTheCommand(PUBLISHED, HOMEWORK3, 1);
        JsonNode published = MAPPER.readTree(Path.of("reference-results/python/homework2.json").toFile())
                .at("/cases/0/steps/0");
        JsonNode pytorch = MAPPER.readTree(Path.of("reference-results/torch/homework3.json").toFile())
                .at("/runs/float32/backward/0");
        for (int k = 1; k <= 8; k++) {
            String w = "w" + k;
            JsonNode p = parameter(answer, w);
            assertEquals(k <= 4 ? 1 : -1, p.get("firstDifferentEpoch").asInt(), w);
            JsonNode epoch = p.at("/epochs/0");
            assertEquals(published.at("/gradient/" + w).asDouble(), epoch.at("/gradientA/0").asDouble(), 1e-15, w);
            assertEquals(published.at("/updated/" + w).asDouble(), epoch.at("/updatedA/0").asDouble(), 1e-15, w);
            assertEquals(pytorch.at("/" + w + "/0").asDouble(), epoch.at("/gradientB/0").asDouble(), 1e-8, w);
        }
        assertTrue(answer.get("right").asText().startsWith("homework3.py is right"), answer.get("right").asText());
        assertTrue(answer.at("/loss/equal").asBoolean());
    }

    @Test
    void correctedHomeworkTwoAndHomeworkThreeAreTheSame() throws IOException {
        JsonNode answer = sameAsTheCommand(CORRECTED, HOMEWORK3, 0);
        assertTrue(answer.get("verdict").asText().startsWith("SAME"), answer.get("verdict").asText());
    }

    /** Question 7: MSELoss() of each output, summed, is twice the homework's loss; PyTorch's gradients are twice too. */
    @Test
    void mseLossOfEachOutputIsNamedAsTheFactorOfTwo() throws IOException {
        JsonNode answer = sameAsTheCommand(HOMEWORK3, MSELOSS, 1);
        assertEquals(2.0, answer.at("/loss/factor").asDouble(), 1e-6);
        assertTrue(answer.at("/loss/sentence").asText().contains("a factor of 2 at the same weights (the ½ of ½Σ(o−y)² "
                + "is missing from homework3-mseloss.py's loss"), answer.at("/loss/sentence").asText());
        assertTrue(answer.at("/loss/gradientsByFactor").asBoolean());
        JsonNode pytorch = MAPPER.readTree(Path.of("reference-results/torch/homework3-mseloss.json").toFile())
                .at("/runs/float32/backward/0");
        for (int k = 1; k <= 8; k++) {
            String w = "w" + k;
            assertEquals(pytorch.at("/" + w + "/0").asDouble(),
                    parameter(answer, w).at("/epochs/0/gradientB/0").asDouble(), 1e-8, w);
        }
        assertTrue(answer.get("right").asText().startsWith("Both are right"), answer.get("right").asText());
    }

    @Test
    void withoutNamesTheProgramsAreAAndB() {
        Http.Reply reply = Http.post(server.uri(), "api/diff", Http.body("a", program(PUBLISHED), "b",
                program(HOMEWORK3)));
        assertEquals(200, reply.status(), reply.body());
        assertEquals("A.py", reply.json().at("/a/source").asText());
        assertTrue(reply.json().get("right").asText().startsWith("B.py is right"), reply.json().get("right").asText());
        assertFalse(reply.json().has("views"), "views only when asked for");
    }

    @Test
    void namesThatDifferArePairedByMapGivenAsTheCommandLineGivesIt(@TempDir Path files) throws IOException {
        String map = "w1=W1[0][0],w3=W1[0][1],w2=W1[1][0],w4=W1[1][1],w5=W2[0][0],w7=W2[0][1],w6=W2[1][0]";
        Http.Reply reply = Http.post(server.uri(), "api/diff", Http.body("a", program(HOMEWORK3), "b",
                program("lecture-matrix"), "map", List.of(map, "w8=W2[1, 1]")));
        assertEquals(200, reply.status(), reply.body());
        assertEquals(0, reply.json().get("exitStatus").asInt());
        Path a = Files.writeString(files.resolve("A.py"), program(HOMEWORK3));
        Path b = Files.writeString(files.resolve("B.py"), program("lecture-matrix"));
        Cli.Result cli = Cli.run("diff", a.toString(), b.toString(), "--map", map, "--map", "w8=W2[1, 1]", "--format",
                "json");
        assertEquals(0, cli.status(), cli.err());
        assertEquals(MAPPER.readTree(cli.out().replace(files + "/", "")), without(reply.json()));
        Http.Reply string = Http.post(server.uri(), "api/diff", Http.body("a", program(HOMEWORK3), "b",
                program("lecture-matrix"), "map", map + ",w8=W2[1, 1]"));
        assertEquals(reply.json(), string.json(), "one string, as one --map");
    }

    @Test
    void theViewsAreThePagesFragmentWithBothGraphsMarkdownAndJunitXml() throws Exception {
        JsonNode answer = Http.post(server.uri(), "api/diff", Http.body("a", program(PUBLISHED), "b",
                program(HOMEWORK3), "views", true)).json();
        String html = answer.at("/views/html").asText();
        assertEquals(2, html.split("<svg class=\"graph\"", -1).length - 1, "both computation graphs");
        for (String w : List.of("w1", "w2", "w3", "w4")) {
            assertTrue(html.contains(".gnode.parameter[data-name=\"" + w + "\"] rect{stroke:"), w);
        }
        assertFalse(html.contains("[data-name=\"w5\"]"));
        assertFalse(html.contains("<html") || html.contains("<script"), "a fragment; the page runs the script");
        assertTrue(answer.at("/views/markdown").asText().contains("| **w1** | 1 |"));
        org.w3c.dom.Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
                new java.io.ByteArrayInputStream(answer.at("/views/junitXml").asText().getBytes(
                        java.nio.charset.StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals("9", suite.getAttribute("tests"));
        assertEquals("4", suite.getAttribute("failures"));
    }

    @Test
    void aMissingProgramIsOneLineNamingItsField() {
        Http.Reply reply = Http.post(server.uri(), "api/diff", Http.body("a", program(HOMEWORK3)));
        assertError(reply, "bpdiff: no program B given: \"b\" holds program B's text, \"a\" the other's (b)");
        assertError(Http.post(server.uri(), "api/diff", Http.body("b", program(HOMEWORK3))),
                "bpdiff: no program A given: \"a\" holds program A's text, \"b\" the other's (a)");
    }

    /** A syntax error in B: the command's lines for a file of the same name, B named, its line under the message. */
    @Test
    void aSyntaxErrorInBNamesBAndItsLine() throws IOException {
        String broken = "import torch\nx = (1 +\n";
        Http.Reply reply = Http.post(server.uri(), "api/diff", Http.body("a", program(HOMEWORK3), "b", broken,
                "b-name", "hw3.py"));
        assertError(reply, "bpdiff: syntax error: the '(' is never closed (hw3.py:2:5)");
        assertEquals("  x = (1 +\n      ^\n", reply.json().get("excerpt").asText());
        Path a = Files.writeString(folder.resolve("A.py"), program(HOMEWORK3));
        Path b = Files.writeString(folder.resolve("hw3.py"), broken);
        Cli.Result cli = Cli.run("diff", a.toString(), b.toString());
        assertEquals(2, cli.status());
        List<String> problems = new ArrayList<>();
        reply.json().get("problems").forEach(p -> problems.add(p.asText()));
        assertEquals(cli.err().replace(folder + "/", ""), String.join("", problems), "every problem, as the command");
    }

    /** Each program has the interpreter's limits of a check: an endless loop in B ends with the interpreter's line. */
    @Test
    void anEndlessLoopInBIsStoppedByTheInterpretersLimitAsTheCommandStopsIt() throws IOException {
        String endless = "import numpy as np\n\nw = 0.5\nwhile True:\n    w = 0.5\nloss = w * w\n";
        Http.Reply reply = Http.post(server.uri(), "api/diff", Http.body("a", program(HOMEWORK3), "b", endless));
        Path a = Files.writeString(folder.resolve("A.py"), program(HOMEWORK3));
        Path b = Files.writeString(folder.resolve("B.py"), endless);
        Cli.Result cli = Cli.run("diff", a.toString(), b.toString());
        assertEquals(2, cli.status(), cli.err());
        String first = cli.err().lines().findFirst().orElseThrow().replace(folder + "/", "");
        assertTrue(first.contains("bpdiff's limit (an endless loop?") && first.endsWith("(B.py:4:1)"), first);
        assertError(reply, first);
    }

    @Test
    void fieldsThatAreNotADiffsAreRefusedNamingTheField() {
        String a = program(CORRECTED);
        String b = program(HOMEWORK3);
        assertError(Http.post(server.uri(), "api/diff", Http.body("a", a, "b", b, "epochs", 3)),
                "bpdiff: epochs does not apply to a diff: each program runs as it is, with its own network, loss and "
                        + "epochs (epochs)");
        assertError(Http.post(server.uri(), "api/diff", Http.body("a", a, "b", b, "network", "shared-bias")),
                "bpdiff: network does not apply to a diff");
        assertError(Http.post(server.uri(), "api/diff", Http.body("a", a, "derivation", b)),
                "bpdiff: \"derivation\" belongs to POST /api/check (derivation)");
        assertError(Http.post(server.uri(), "api/diff", Http.body("a", a, "b", b, "program", b)),
                "bpdiff: unknown field \"program\" (known: a, a-name, b, b-name, dtype, loss-expr, loss-name, map, views) "
                        + "(program)");
        assertError(Http.post(server.uri(), "api/check", Http.body("derivation", a, "b", b)),
                "bpdiff: \"b\" belongs to POST /api/diff (b)");
        assertError(Http.post(server.uri(), "api/compare", Http.body("loss-name", "E")),
                "bpdiff: \"loss-name\" belongs to POST /api/check and POST /api/diff (loss-name)");
        assertError(Http.post(server.uri(), "api/diff", Http.body("a", a, "b", b, "a-name", "../etc/passwd")),
                "bpdiff: expected a file's name, such as hw3.py: at most 100 characters, without / or \\ or control "
                        + "characters (a-name)");
        assertError(Http.post(server.uri(), "api/diff", Http.body("a", a, "b", b, "a-name", "hw.py", "b-name",
                "hw.py")), "bpdiff: both programs are named 'hw.py'; give each its own name");
        assertError(Http.post(server.uri(), "api/diff", Http.body("a", a, "b", b, "dtype", "float16")),
                "bpdiff: unknown dtype 'float16', expected one of float32, float64 (dtype)");
        assertError(Http.post(server.uri(), "api/diff", Http.body("a", a, "b", b, "map", 7)),
                "bpdiff: expected a string (map)");
    }

    /** The command's --map messages, naming the field where the command names the flag. */
    @Test
    void aMapThatNamesNoParameterIsTheCommandsMessageNamingTheField() {
        Http.Reply wrong = Http.post(server.uri(), "api/diff", Http.body("a", program(HOMEWORK3), "b",
                program(CORRECTED), "map", "w1=w9"));
        Cli.Result cli = Cli.run("diff", "examples/programs/homework3.py", "examples/programs/homework2-corrected.py",
                "--map", "w1=w9");
        assertEquals(2, cli.status());
        assertEquals("bpdiff: --map: w9 is no parameter of program B (its parameters: w1, w2, w3, w4, w5, w6, w7, w8) "
                + "(--map)\n", cli.err());
        assertError(wrong, cli.err().strip().replace("--map", "map"));
        assertError(Http.post(server.uri(), "api/diff", Http.body("a", program(HOMEWORK3), "b", program(CORRECTED),
                "map", "w1")), "bpdiff: map takes A's name=B's name pairs (w1=W1[0][0],w2=W1[0][1]), not 'w1' (map)");
        assertError(Http.post(server.uri(), "api/diff", Http.body("a", program(HOMEWORK3), "b",
                program("corpus/hw2-unpack-repack"))), "bpdiff: no parameter of A.py (w1, w2, w3, w4, w5, w6, w7, w8) is"
                + " one of B.py's (w) by its name or the weights it starts at: pair them with map A's name=B's name,… "
                + "(map)");
    }

    /** Every epoch of a 100×100 matrix is 60,000 numbers: six epochs are more than the server sends back. */
    @Test
    void aDiffTooLargeToSendBackIsRefused() {
        String large = "import numpy as np\nW = np.full((100, 100), 0.01)\nx = np.ones(100)\nfor epoch in range(6):\n"
                + "    y = W @ x\n    loss = 0.5 * np.sum(y ** 2)\n    d_W = np.outer(y, x)\n    W = W - 0.001 * d_W\n";
        assertError(Http.post(server.uri(), "api/diff", Http.body("a", large, "b", large)), "bpdiff: a diff on the "
                + "server sends back at most 300000 numbers, and these programs' losses, gradients, autograd's gradients "
                + "and updated weights at every epoch compared are 360012; run fewer epochs or smaller arrays, or "
                + "bpdiff diff on the command line, which has no such limit (a; b)");
        String smaller = large.replace("range(6)", "range(4)");
        Http.Reply four = Http.post(server.uri(), "api/diff", Http.body("a", smaller, "b", smaller));
        assertEquals(200, four.status(), four.body());
        assertEquals(0, four.json().get("exitStatus").asInt());
    }

    /**
     * Sends the two programs under their files' names and runs {@code bpdiff diff} on the same texts in files of
     * those names: the answer is the command's document, with its exit status.
     */
    private JsonNode sameAsTheCommand(String a, String b, int status) throws IOException {
        String nameA = Path.of(a).getFileName() + ".py";
        String nameB = Path.of(b).getFileName() + ".py";
        Http.Reply reply = Http.post(server.uri(), "api/diff", Http.body("a", program(a), "b", program(b), "a-name",
                nameA, "b-name", nameB));
        assertEquals(200, reply.status(), reply.body());
        JsonNode answer = reply.json();
        assertEquals(status, answer.get("exitStatus").asInt());
        assertEquals("bpdiff.diff/1", answer.get("schema").asText());
        Path fileA = Files.writeString(folder.resolve(nameA), program(a));
        Path fileB = Files.writeString(folder.resolve(nameB), program(b));
        Cli.Result cli = Cli.run("diff", fileA.toString(), fileB.toString(), "--format", "json");
        assertEquals(status, cli.status(), cli.err());
        assertEquals(MAPPER.readTree(cli.out().replace(folder + "/", "")), without(answer));
        return answer;
    }

    private static JsonNode parameter(JsonNode answer, String name) {
        for (JsonNode p : answer.get("parameters")) {
            if (p.get("a").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    /** A 400 whose error is one line, starting with (or equal to) the expected text. */
    private static void assertError(Http.Reply reply, String expected) {
        assertEquals(400, reply.status(), reply.body());
        String error = reply.json().get("error").asText();
        assertTrue(error.startsWith(expected), error);
        assertEquals(1, error.lines().count(), error);
        assertEquals(2, reply.json().get("exitStatus").asInt());
    }

    private static String program(String name) {
        try {
            return Files.readString(Path.of("examples/programs/" + name + ".py"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode without(JsonNode answer) {
        ObjectNode copy = answer.deepCopy();
        copy.remove("exitStatus");
        return copy;
    }
}
