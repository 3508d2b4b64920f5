package bpdiff.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.CheckAnswers;
import bpdiff.testing.Cli;
import bpdiff.testing.Http;
import bpdiff.testing.InProcessServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code POST /api/check} with a whole homework program, as {@code bpdiff check PROGRAM} checks it: the same JSON
 * document ({@code bpdiff.check-program/1}), the homework's own wrong formulas d_w1..d_w4 and autograd's numbers
 * those of PyTorch running the program ({@code reference-results/programs/}); the options the command refuses
 * with a program are refused with its one-line message, and so is a program that steps outside the restricted
 * interpreter. The options of a network are checked as the command checks them (the loss's domain too).
 */
class ServeProgramsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    @RegisterExtension
    static final InProcessServer server = InProcessServer.start(ServeSettings.defaults());

    @TempDir
    Path folder;

    @Test
    void thePublishedProgramIsAnsweredWithTheCommandsDocumentAndPyTorchsGradients() throws IOException {
        String text = program("homework2-published");
        Http.Reply reply = Http.post(server.uri(), "api/check", Http.body("derivation", text));
        assertEquals(200, reply.status(), reply.body());
        JsonNode answer = reply.json();
        assertEquals(1, answer.get("exitStatus").asInt());
        assertEquals("bpdiff.check-program/1", answer.get("schema").asText());
        Path file = Files.writeString(folder.resolve(CheckService.PROGRAM), text);
        Cli.Result cli = Cli.run("check", file.toString(), "--format", "json");
        assertEquals(1, cli.status(), cli.err());
        assertEquals(MAPPER.readTree(cli.out().replace(file.toString(), CheckService.PROGRAM)), without(answer));
        assertEquals(CheckAnswers.HOMEWORK_WRONG, CheckAnswers.wrongClaims(answer), "the homework's own wrong formulas");
        CheckAnswers.assertAutogradIsPyTorchs(answer, "homework2-published");
    }

    @Test
    void theCorrectedProgramAndTheMatrixFormPass() {
        for (String name : List.of("homework2-corrected", "lecture-matrix")) {
            Http.Reply reply = Http.post(server.uri(), "api/check", Http.body("derivation", program(name)));
            assertEquals(200, reply.status(), reply.body());
            assertEquals(0, reply.json().get("exitStatus").asInt(), name);
            assertEquals(List.of(), CheckAnswers.wrongClaims(reply.json()), name);
            CheckAnswers.assertAutogradIsPyTorchs(reply.json(), name);
        }
    }

    @Test
    void aProgramsViewsAreTheProgramPagesFragmentMarkdownAndJunitXml() throws Exception {
        JsonNode answer = Http.post(server.uri(), "api/check", Http.body("derivation", program("homework2-published"),
                "views", true)).json();
        String html = answer.at("/views/html").asText();
        assertTrue(html.contains("<svg class=\"graph\"") && html.contains("<ol class=\"program\""),
                "the program beside its computation graph");
        assertFalse(html.contains("<html") || html.contains("<script>"), "a fragment; the page runs the script");
        assertTrue(html.contains("id=\"line-40\""));
        assertTrue(answer.at("/views/markdown").asText().contains("d_w5 + d_w6"));
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
                new java.io.ByteArrayInputStream(answer.at("/views/junitXml").asText().getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("10", xml.getDocumentElement().getAttribute("tests"));
        assertEquals("4", xml.getDocumentElement().getAttribute("failures"));
    }

    /** Each option that describes a network, with a program: the command's message, naming the field. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            network    | "shared-bias"  | --network, examples/networks/shared-bias.json
            epochs     | 3              | --epochs, 3
            lr         | 0.5            | --lr, 0.5
            activation | "relu"         | --activation, relu
            loss       | "mse-mean"     | --loss, mse-mean
            init       | "random"       | --init, random
            seed       | 7              | --seed, 7
            """)
    void anOptionOfANetworkIsRefusedWithAProgramAsTheCommandRefusesIt(String field, String json, String flag)
            throws IOException {
        String text = program("homework2-published");
        ObjectNode body = MAPPER.createObjectNode().put("derivation", text);
        body.set(field, MAPPER.readTree(json));
        Http.Reply reply = Http.post(server.uri(), "api/check", MAPPER.writeValueAsString(body));
        List<String> args = new ArrayList<>(List.of("check", "examples/programs/homework2-published.py"));
        args.addAll(List.of(flag.split(", ")));
        Cli.Result cli = Cli.run(args.toArray(String[]::new));
        assertEquals(2, cli.status());
        assertEquals(400, reply.status(), reply.body());
        assertEquals(cli.err().strip().replace("--" + field, field), reply.json().get("error").asText());
        assertTrue(reply.json().get("error").asText().startsWith("bpdiff: " + field + " applies to formula lists"));
    }

    @Test
    void aProgramThatStepsOutsideTheInterpreterIsRefusedWithItsMessage() throws IOException {
        for (String text : List.of("import os\nloss = 1.0\n", "w = 0.5\nf = open('/etc/passwd')\nloss = w * w\n")) {
            Http.Reply reply = Http.post(server.uri(), "api/check", Http.body("derivation", text));
            Path file = Files.writeString(folder.resolve(CheckService.PROGRAM), text);
            Cli.Result cli = Cli.run("check", file.toString());
            assertEquals(2, cli.status());
            assertEquals(400, reply.status(), reply.body());
            List<String> printed = cli.err().replace(file.toString(), CheckService.PROGRAM).lines().toList();
            assertEquals(printed.get(0), reply.json().get("error").asText());
            assertTrue(printed.get(0).contains(" is not supported: "), printed.get(0));
            assertEquals(printed.get(1) + "\n" + printed.get(2) + "\n", reply.json().get("excerpt").asText());
        }
    }

    @Test
    void everyProblemOfABrokenProgramIsSentAsTheCommandPrintsIt() throws IOException {
        String text = "import numpy as np\nimport torch\nW = np.ones((2, 2))\nW -= 0.1 * dW\n"
                + "loss = np.sum(forward(x, W) ** 2\n";
        Http.Reply reply = Http.post(server.uri(), "api/check", Http.body("derivation", text));
        Path file = Files.writeString(folder.resolve(CheckService.PROGRAM), text);
        Cli.Result cli = Cli.run("check", file.toString());
        assertEquals(400, reply.status(), reply.body());
        List<String> problems = new ArrayList<>();
        reply.json().get("problems").forEach(p -> problems.add(p.asText()));
        assertTrue(problems.size() >= 2, problems.toString());
        assertEquals(cli.err().replace(file.toString(), CheckService.PROGRAM), String.join("", problems));
        assertEquals(problems.get(0), reply.json().get("error").asText() + "\n" + reply.json().get("excerpt").asText());
    }

    /** The loss's domain, as the command checks it: bce after a ReLU output layer, bce on the lecture's targets. */
    @Test
    void aLossOutsideItsDomainIsRefusedAsTheCommandRefusesIt() {
        Http.Reply relu = Http.post(server.uri(), "api/compare", Http.body("network", "shared-bias", "loss", "bce",
                "activation", "relu"));
        Cli.Result cli = Cli.run("compare", "--network", "examples/networks/shared-bias.json", "--loss", "bce",
                "--activation", "relu");
        assertEquals(2, cli.status());
        assertEquals(400, relu.status(), relu.body());
        assertTrue(cli.err().contains("bce reads the outputs as probabilities in [0, 1]"), cli.err());
        assertEquals(cli.err().strip().replace("(--loss; --activation)", "(loss; activation)"),
                relu.json().get("error").asText());
        Http.Reply targets = Http.post(server.uri(), "api/check", Http.body("derivation", formulas(), "loss", "bce"));
        Cli.Result lecture = Cli.run("check", "examples/derivations/published.py", "--loss", "bce");
        assertEquals(2, lecture.status());
        assertEquals(400, targets.status(), targets.body());
        assertEquals(lecture.err().strip().replace("(--loss)", "(loss)"), targets.json().get("error").asText());
    }

    private static String program(String name) {
        try {
            return Files.readString(Path.of("examples/programs/" + name + ".py"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String formulas() {
        try {
            return Files.readString(Path.of("examples/derivations/published.py"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode without(JsonNode answer) {
        ObjectNode copy = answer.deepCopy();
        copy.remove("exitStatus");
        return copy;
    }
}
