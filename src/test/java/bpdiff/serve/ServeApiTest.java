package bpdiff.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import bpdiff.testing.Http;
import bpdiff.testing.InProcessServer;
import bpdiff.testing.NetworkReference;
import bpdiff.testing.PyTorchReference;
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

/**
 * The JSON API of {@code bpdiff serve} on 127.0.0.1: the answers are the documents of {@code --format json}
 * (the command's own output, field for field) with the exit status added, their numbers PyTorch's, and the
 * views the page shows; the examples come from the jar and a request never names a file.
 */
class ServeApiTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** autograd's dL/dw1 of the lecture: tools/pytorch_reference.py, float64. */
    private static final double PYTORCH_DW1 = PyTorchReference.weights(PyTorchReference
            .pytorchCase("float64", "sigmoid/half-sse/given/lr1/e100").get("steps").get(0).get("gradient"))[0];
    /** Matt Mazur, "A Step by Step Backpropagation Example" (2015): the total error, to the blog's 9 digits. */
    private static final double MAZUR_LOSS = 0.298371109;

    @RegisterExtension
    static final InProcessServer server = InProcessServer.start(ServeSettings.defaults());

    @TempDir
    Path folder;

    @Test
    void aProgramThatComputesNoLossIsGivenOneAsOnTheCommandLine() throws IOException {
        String program = "examples/programs/corpus/trask-nonlin.py";
        String expression = "0.5 * np.sum((y - l2) ** 2)";
        Http.Reply reply = Http.post(server.uri(), "api/check", Http.body("derivation", Files.readString(Path.of(program)),
                "loss-expr", expression));
        assertEquals(200, reply.status(), reply.body());
        Cli.Result cli = Cli.run("check", program, "--format", "json", "--loss-expr", expression);
        assertEquals(0, cli.status(), cli.err());
        assertEquals(0, reply.json().get("exitStatus").asInt(), reply.body());
        assertEquals(MAPPER.readTree(cli.out()).get("quantities"), reply.json().get("quantities"));
        // PyTorch's ∂L/∂syn1 at epoch 1 for that loss (tools/corpus_reference.py), in the answer
        JsonNode syn1 = MAPPER.readTree(Path.of("reference-results/corpus/trask-nonlin.json").toFile())
                .at("/parameters/0/epoch1/gradient");
        JsonNode answered = null;
        for (JsonNode q : reply.json().get("quantities")) {
            answered = q.get("derivativeOf").asText().equals("syn1") ? q.get("autograd") : answered;
        }
        assertNotNull(answered, reply.body());
        for (int k = 0; k < syn1.size(); k++) {
            assertTrue(bpdiff.diff.Tolerance.FLOAT64.agrees(answered.get(k).asDouble(), syn1.get(k).get(0).asDouble()),
                    "∂L/∂syn1[" + k + "]: " + answered.get(k) + " against PyTorch's " + syn1.get(k));
        }
        Http.Reply both = Http.post(server.uri(), "api/check", Http.body("derivation", "loss = 1", "loss-name", "E",
                "loss-expr", expression));
        assertEquals(400, both.status(), both.body());
    }

    @Test
    void checkAnswersWithTheCommandsJsonAndItsExitStatus() throws IOException {
        String text = Files.readString(Path.of("examples/derivations/published.py"));
        Http.Reply reply = Http.post(server.uri(), "api/check", Http.body("derivation", text));
        assertEquals(200, reply.status(), reply.body());
        JsonNode answer = reply.json();
        assertEquals(1, answer.get("exitStatus").asInt());
        // the command's JSON for the same text in a file of the same name
        Path file = Files.writeString(folder.resolve(CheckService.FORMULAS), text);
        Cli.Result cli = Cli.run("check", file.toString(), "--format", "json");
        assertEquals(1, cli.status());
        assertEquals(MAPPER.readTree(cli.out().replace(file.toString(), CheckService.FORMULAS)), without(answer,
                "exitStatus"));
        assertEquals("d_w1", answer.at("/formulas/6/name").asText());
        assertEquals(PYTORCH_DW1, answer.at("/formulas/6/autograd").asDouble(), 1e-15, "autograd's dL/dw1 is PyTorch's");
        List<String> wrong = new ArrayList<>();
        answer.get("formulas").forEach(f -> {
            if (f.get("verdict").asText().equals("wrong")) {
                wrong.add(f.get("name").asText());
            }
        });
        assertEquals(List.of("d_w1", "d_w3", "d_w2", "d_w4"), wrong);
        assertFalse(answer.has("views"), "views only when asked for");

        Http.Reply corrected = Http.post(server.uri(), "api/check", Http.body("derivation",
                Files.readString(Path.of("examples/derivations/corrected.py"))));
        assertEquals(0, corrected.json().get("exitStatus").asInt(), corrected.body());
        assertTrue(corrected.json().get("passed").asBoolean());
    }

    @Test
    void compareAnswersWithTheCommandsJsonAndItsExitStatus() throws IOException {
        Http.Reply reply = Http.post(server.uri(), "api/compare", Http.body("manual", "buggy", "epochs", 3));
        assertEquals(200, reply.status(), reply.body());
        Cli.Result cli = Cli.run("compare", "--manual", "buggy", "--epochs", "3", "--format", "json");
        assertEquals(1, cli.status());
        assertEquals(1, reply.json().get("exitStatus").asInt());
        assertEquals(MAPPER.readTree(cli.out()), without(reply.json(), "exitStatus"));
        assertTrue(reply.body().startsWith(cli.out().substring(0, cli.out().lastIndexOf('}')).stripTrailing()),
                "the document's own text, numbers digit for digit");
        assertEquals(PYTORCH_DW1, reply.json().at("/steps/0/parameters/0/gradient/autograd").asDouble(), 1e-15);
    }

    @Test
    void aNetworkDocumentOrAnExampleByItsIdIsCompared() throws IOException {
        JsonNode document = MAPPER.readTree(Path.of("examples/networks/shared-bias.json").toFile());
        Http.Reply byDocument = Http.post(server.uri(), "api/compare", MAPPER.writeValueAsString(
                MAPPER.createObjectNode().set("network", document)));
        Http.Reply byId = Http.post(server.uri(), "api/compare", Http.body("network", "shared-bias"));
        assertEquals(200, byDocument.status(), byDocument.body());
        assertEquals(0, byDocument.json().get("exitStatus").asInt());
        assertEquals(MAZUR_LOSS, byDocument.json().at("/steps/0/loss/autograd").asDouble(), 5e-10);
        assertEquals(MAZUR_LOSS, byDocument.json().at("/steps/0/loss/manual").asDouble(), 5e-10);
        assertEquals(byDocument.json(), byId.json());
    }

    @Test
    void anActivationPerLayerIsANameListOrAnArrayAsOnTheCommandLine() throws IOException {
        // mixed.json with one activation for every layer, then its own four asked for by the request
        NetworkReference reference = NetworkReference.all().stream().filter(r -> r.name().equals("mixed")).findFirst()
                .orElseThrow();
        ObjectNode document = (ObjectNode) MAPPER.readTree(reference.networkFile().toFile());
        document.put("activation", "sigmoid");
        List<String> perLayer = reference.activations();
        ObjectNode byArray = MAPPER.createObjectNode();
        byArray.set("network", document);
        perLayer.forEach(byArray.putArray("activation")::add);
        ObjectNode byList = byArray.deepCopy();
        byList.put("activation", String.join(",", perLayer));

        Http.Reply array = Http.post(server.uri(), "api/compare", MAPPER.writeValueAsString(byArray));
        Http.Reply list = Http.post(server.uri(), "api/compare", MAPPER.writeValueAsString(byList));
        assertEquals(200, array.status(), array.body());
        assertEquals(0, array.json().get("exitStatus").asInt());
        double pytorchLoss = reference.run("float64").at("/steps/0/loss").asDouble();
        assertEquals(pytorchLoss, array.json().at("/steps/0/loss/autograd").asDouble(), 1e-12);
        assertEquals(array.json(), list.json());

        byArray.putArray("activation").add("relu").add("identity");
        assertError(Http.post(server.uri(), "api/compare", MAPPER.writeValueAsString(byArray)), 400,
                "activation names 2 activations, but network mixed has 4 computed layers");
        assertError(Http.post(server.uri(), "api/compare", Http.body("activation", "relu,swish")), 400,
                "unknown activation 'swish'");
    }

    @Test
    void theCatalogListsTheExamplesWithTheirDocuments() throws IOException {
        Http.Reply networks = Http.get(server.uri(), "api/networks");
        assertEquals(200, networks.status());
        List<String> ids = new ArrayList<>();
        networks.json().get("networks").forEach(n -> ids.add(n.get("id").asText()));
        assertEquals(List.of("lecture", "classifier", "leaky", "regression-tanh", "shared-bias", "xor"), ids);
        assertEquals(MAPPER.readTree(Path.of("examples/networks/shared-bias.json").toFile()),
                networks.json().at("/networks/4/network"));
        Http.Reply examples = Http.get(server.uri(), "api/examples");
        assertEquals(Files.readString(Path.of("examples/derivations/published.py")),
                examples.json().at("/derivations/0/text").asText());
    }

    @Test
    void viewsAreThePagesFragmentMarkdownAndJunitXml() throws Exception {
        String text = Files.readString(Path.of("examples/derivations/published.py"));
        JsonNode check = Http.post(server.uri(), "api/check", Http.body("derivation", text, "views", true)).json();
        String html = check.at("/views/html").asText();
        assertTrue(html.contains("<svg class=\"network") && !html.contains("<html") && !html.contains("<script>"),
                "a fragment with the picture, without the page around it");
        assertTrue(html.contains("id=\"line-14\""));
        assertTrue(check.at("/views/markdown").asText().contains("d_w5 + d_w6"));
        String junit = check.at("/views/junitXml").asText();
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(junit.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("10", xml.getDocumentElement().getAttribute("tests"));
        assertEquals("4", xml.getDocumentElement().getAttribute("failures"));
        JsonNode compare = Http.post(server.uri(), "api/compare", Http.body("views", true, "epochs", 5)).json();
        assertTrue(compare.at("/views/html").asText().contains("id=\"bpdiff-epochs\""), "the epoch control's data");
        assertTrue(compare.at("/views/markdown").asText().startsWith("#"));
        // compare's JUnit XML: a test case per parameter, the homework's wrong d_w1..d_w4 the failures
        JsonNode buggy = Http.post(server.uri(), "api/compare", Http.body("views", true, "manual", "buggy")).json();
        org.w3c.dom.Document report = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
                new java.io.ByteArrayInputStream(buggy.at("/views/junitXml").asText().getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("8", report.getDocumentElement().getAttribute("tests"));
        assertEquals("4", report.getDocumentElement().getAttribute("failures"));
        List<String> failed = new ArrayList<>();
        org.w3c.dom.NodeList cases = report.getElementsByTagName("testcase");
        for (int k = 0; k < cases.getLength(); k++) {
            org.w3c.dom.Element c = (org.w3c.dom.Element) cases.item(k);
            if (c.getElementsByTagName("failure").getLength() > 0) {
                failed.add(c.getAttribute("name"));
            }
        }
        assertEquals(List.of("w1 [float64]", "w2 [float64]", "w3 [float64]", "w4 [float64]"), failed);
    }

    @Test
    void everyErrorIsTheCommandsOneLineWithTheRightStatus() {
        assertError(Http.post(server.uri(), "api/compare", "{\"epochs\": "), 400,
                "bpdiff: the request body is not valid JSON: Unexpected end-of-input within/between Object entries "
                        + "(request body:1:12)");
        assertError(Http.post(server.uri(), "api/compare", "[1]"), 400, "bpdiff: the request body must be a JSON object");
        assertError(Http.post(server.uri(), "api/compare", Http.body("epochs", 0)), 400,
                "bpdiff: epochs must be between 1 and 100000, found 0 (epochs)");
        assertError(Http.post(server.uri(), "api/compare", Http.body("lr", -1)), 400,
                "bpdiff: the learning rate must be a finite number greater than 0, found -1.0 (lr)");
        assertError(Http.post(server.uri(), "api/compare", Http.body("dtype", "float16")), 400,
                "bpdiff: unknown dtype 'float16', expected one of float32, float64 (dtype)");
        assertError(Http.post(server.uri(), "api/compare", Http.body("derivation", "d_o1 = 1")), 400,
                "bpdiff: \"derivation\" belongs to POST /api/check (derivation)");
        assertError(Http.post(server.uri(), "api/compare", Http.body("epoch", 2)), 400,
                "bpdiff: unknown field \"epoch\"");
        assertError(Http.post(server.uri(), "api/compare", Http.body("network", "shared-bias", "manual", "buggy")), 400,
                "(manual)");
        assertError(Http.post(server.uri(), "api/compare", Http.body("epochs", 2001)), 400,
                "so at most 2000 epochs");
        assertError(Http.post(server.uri(), "api/check", Http.body("epochs", 2)), 400, "bpdiff: no derivation given");
        Http.Reply syntax = Http.post(server.uri(), "api/check", Http.body("derivation", "d_o1 = out_o1 - y1\nd_w5 = d_o1 * * out_h1\n"));
        assertError(syntax, 400, "(derivation.py:2:");
        assertEquals("  d_w5 = d_o1 * * out_h1\n                ^\n", syntax.json().get("excerpt").asText());
        assertError(Http.post(server.uri(), "api/check", Http.body("derivation", "d_w1 = w9")), 400,
                "bpdiff: unknown name 'w9'");
        assertError(Http.get(server.uri(), "api/check"), 405, "bpdiff: use POST here (GET /api/check)");
        assertError(Http.get(server.uri(), "api/nothing"), 404, "bpdiff: no such endpoint");
        assertError(Http.get(server.uri(), "nothing"), 404, "bpdiff: no such page");
    }

    @Test
    void softmaxCeOnTargetsThatAreNotProbabilitiesIsComparedWithTheCommandsWarning() throws IOException {
        Http.Reply reply = Http.post(server.uri(), "api/compare", Http.body("loss", "softmax-ce", "epochs", 3));
        assertEquals(200, reply.status(), reply.body());
        assertEquals(0, reply.json().get("exitStatus").asInt());
        Cli.Result cli = Cli.run("compare", "--loss", "softmax-ce", "--epochs", "3", "--format", "json");
        assertEquals(List.of(cli.err().strip().replace("(--loss)", "(loss)")),
                MAPPER.convertValue(reply.json().get("warnings"), List.class), "the command's line, naming the field");
        ObjectNode document = (ObjectNode) without(reply.json(), "exitStatus");
        document.remove("warnings");
        assertEquals(MAPPER.readTree(cli.out()), document);
        Http.Reply formulas = Http.post(server.uri(), "api/check", Http.body("derivation",
                Files.readString(Path.of("examples/derivations/corrected.py")), "loss", "softmax-ce"));
        assertEquals(1, formulas.json().get("warnings").size(), formulas.body());
        assertFalse(Http.post(server.uri(), "api/compare", Http.body("epochs", 1)).json().has("warnings"),
                "no warnings, no field");
    }

    @Test
    void aNetworkWhoseOneEpochIsTooLargeToSendBackIsRefused() throws IOException {
        int[] layers = {1, 170, 170, 1};
        ObjectNode network = MAPPER.createObjectNode();
        network.putArray("layers").add(1).add(170).add(170).add(1);
        ObjectNode values = MAPPER.createObjectNode();
        com.fasterxml.jackson.databind.node.ArrayNode weights = network.putArray("weights");
        int count = 0;
        for (int l = 1; l < layers.length; l++) {
            com.fasterxml.jackson.databind.node.ArrayNode matrix = weights.addArray();
            for (int j = 0; j < layers[l]; j++) {
                com.fasterxml.jackson.databind.node.ArrayNode row = matrix.addArray();
                for (int i = 0; i < layers[l - 1]; i++) {
                    String name = "w" + (++count);
                    row.add(name);
                    values.put(name, 0.01);
                }
            }
        }
        network.set("parameters", values);
        network.putArray("samples").addObject().<ObjectNode>set("x", MAPPER.createArrayNode().add(0.5))
                .set("y", MAPPER.createArrayNode().add(0.2));
        String body = MAPPER.writeValueAsString(MAPPER.createObjectNode().set("network", network));
        assertTrue(body.length() < ServeSettings.MAX_BODY_BYTES, "within the body limit: " + body.length());
        assertError(Http.post(server.uri(), "api/compare", body), 400, "bpdiff: a comparison on the server sends back at "
                + "most 24000 numbers, and one epoch of this network has 29581 (parameters + neurons × samples); bpdiff "
                + "compare on the command line has no such limit (network)");
    }

    @Test
    void aRequestNeverNamesAFileTheServerOpens() {
        for (String path : new String[] {"examples/networks/shared-bias.json", "/etc/passwd", "../pom.xml"}) {
            assertError(Http.post(server.uri(), "api/compare", Http.body("network", path)), 400,
                    "bpdiff: unknown network '" + path + "'; give a network document, or one of lecture, classifier, leaky,"
                            + " regression-tanh, shared-bias");
        }
    }

    @Test
    void oversizedAndForeignRequestsAreRefused() {
        String big = "{\"derivation\": \"" + "x".repeat(ServeSettings.MAX_BODY_BYTES) + "\"}";
        assertError(Http.post(server.uri(), "api/check", big), 413,
                "bpdiff: the request body is larger than 1048576 bytes (1 MiB), the most the server reads (request body)");
        // without Content-Length (chunked): counted while read
        java.net.http.HttpRequest chunked = java.net.http.HttpRequest.newBuilder(server.uri().resolve("api/check"))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers
                        .ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes(
                                java.nio.charset.StandardCharsets.UTF_8)))).build();
        assertError(Http.send(chunked), 413, "bpdiff: the request body is larger than 1048576 bytes");
        java.net.http.HttpRequest form = java.net.http.HttpRequest.newBuilder(server.uri().resolve("api/check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("derivation=x")).build();
        assertError(Http.send(form), 415, "bpdiff: the request body must be JSON, sent with Content-Type: "
                + "application/json (Content-Type: application/x-www-form-urlencoded)");
        Http.Reply page = Http.get(server.uri(), "");
        assertEquals(200, page.status());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(server.server().loopbackOnly());
    }

    private static void assertError(Http.Reply reply, int status, String message) {
        assertEquals(status, reply.status(), reply.body());
        JsonNode body = reply.json();
        assertTrue(body.get("error").asText().contains(message), body.get("error").asText());
        assertTrue(body.get("error").asText().startsWith("bpdiff: "));
        assertEquals(1, body.get("error").asText().lines().count(), "one line");
        assertEquals(status, body.get("status").asInt());
        if (status != 503) {
            assertEquals(status == 500 ? 3 : 2, body.get("exitStatus").asInt());
        }
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), reply.body());
    }

    private static JsonNode without(JsonNode answer, String field) {
        ObjectNode copy = answer.deepCopy();
        copy.remove(field);
        return copy;
    }
}
