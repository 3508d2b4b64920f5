package bpdiff.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import bpdiff.testing.Http;
import bpdiff.testing.InProcessServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/check} with {@code "notebook"}: the answer is the command's JSON for the same notebook in a file
 * named {@value CheckService#NOTEBOOK}, and a notebook that cannot be checked is a 400 naming the cell.
 */
class ServeNotebookTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static final InProcessServer server = InProcessServer.start(ServeSettings.defaults());

    @TempDir
    Path folder;

    @Test
    void aNotebookIsCheckedAsTheCommandChecksItsFile() throws IOException {
        Path published = Path.of("examples/programs/homework2-published.ipynb");
        JsonNode notebook = MAPPER.readTree(published.toFile());
        Http.Reply reply = Http.post(server.uri(), "api/check", Http.body("notebook", notebook));
        assertEquals(200, reply.status(), reply.body());
        ObjectNode answer = (ObjectNode) reply.json();
        assertEquals(1, answer.remove("exitStatus").asInt());
        Path file = Files.copy(published, folder.resolve(CheckService.NOTEBOOK));
        Cli.Result cli = Cli.run("check", file.toString(), "--format", "json");
        assertEquals(1, cli.status());
        assertEquals(MAPPER.readTree(cli.out().replace(file.toString(), CheckService.NOTEBOOK)), answer);
        assertTrue(answer.get("summary").asText().contains("first wrong line: notebook.ipynb:cell "), answer.toString());
    }

    @Test
    void aCellWithASyntaxErrorIsA400NamingTheCellWithItsLine() throws IOException {
        JsonNode notebook = MAPPER.readTree(Path.of("src/test/resources/notebooks/homework2-syntax-error.ipynb")
                .toFile());
        JsonNode truth = null;
        for (JsonNode c : MAPPER.readTree(Path.of("reference-results/notebooks/homework2-syntax-error.json").toFile())
                .get("cells")) {
            truth = c.get("syntaxError").isNull() ? truth : c;
        }
        Http.Reply reply = Http.post(server.uri(), "api/check", Http.body("notebook", notebook));
        assertEquals(400, reply.status(), reply.body());
        String where = "notebook.ipynb:cell " + truth.get("cell").asInt() + ":" + truth.at("/syntaxError/line").asInt()
                + ":" + truth.at("/syntaxError/column").asInt();
        assertEquals("bpdiff: syntax error: the '(' is never closed (" + where + ")", reply.json().get("error").asText());
        assertEquals("      lli.append(error\n                ^\n", reply.json().get("excerpt").asText());
    }

    @Test
    void aNotebookThatIsNoDocumentOrBesideADerivationIsRefused() throws IOException {
        Http.Reply text = Http.post(server.uri(), "api/check", Http.body("notebook", "x = 1"));
        assertEquals(400, text.status());
        assertTrue(text.json().get("error").asText().startsWith("bpdiff: expected a Jupyter notebook's document"));
        Http.Reply both = Http.post(server.uri(), "api/check", Http.body("notebook", MAPPER.createObjectNode(),
                "derivation", "x = 1"));
        assertEquals(400, both.status());
        assertTrue(both.json().get("error").asText().startsWith("bpdiff: give \"derivation\" or \"notebook\""));
        Http.Reply empty = Http.post(server.uri(), "api/check", Http.body("notebook", MAPPER.createObjectNode()));
        assertEquals(400, empty.status());
        assertEquals("bpdiff: not a Jupyter notebook: its JSON has no \"cells\" list (notebook.ipynb)",
                empty.json().get("error").asText());
    }
}
