package bpdiff.check.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.cli.ExitCode;
import bpdiff.testing.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A mean's missing \( 1/N \) is named whether the data keep the samples in rows (CS231n, nnfs: {@code X} is
 * N × D) or in columns (deeplearning.ai: {@code X} is D × m). The truth is the corpus's: each program's manifest
 * entry says, by hand, that its one mistake is a missing mean (kind {@code missing-mean}), and
 * {@code reference-results/corpus/} (CPython + PyTorch, {@code tools/corpus_reference.py}) which parameters it
 * makes wrong; bpdiff's diagnosis of those parameters' wrong claims must carry the code {@code missing-mean} (a guess
 * is only given when the corrected value agrees with autograd).
 */
class MissingMeanGuessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dlai-logistic-regression-db-sum", "dlai-deep-l-layer", "try-nested-closure",
            "hw2-list-of-matrices-relu-mse-no-mean"})
    void aMissingMeanIsNamed(String stem) throws Exception {
        JsonNode manifest = null;
        for (JsonNode p : JSON.readTree(Path.of("examples/programs/corpus/manifest.json").toFile()).get("programs")) {
            if (p.get("file").asText().equals(stem + ".py")) {
                manifest = p;
            }
        }
        assertEquals("missing-mean", manifest.get("mistake").get("kind").asText(), "the manifest's mistake");
        JsonNode reference = JSON.readTree(Path.of("reference-results/corpus/" + stem + ".json").toFile());
        List<String> wrong = new ArrayList<>();
        reference.get("wrongParameters").forEach(p -> wrong.add(p.asText()));

        Cli.Result run = Cli.run("check", "examples/programs/corpus/" + stem + ".py", "--format", "json");
        assertEquals(ExitCode.DIFFERENT, run.status(), run.err());
        List<String> named = new ArrayList<>();
        for (JsonNode q : JSON.readTree(run.out()).get("quantities")) {
            if (wrong.contains(q.get("derivativeOf").asText()) && !q.get("verdict").asText().equals("match")) {
                q.get("codes").forEach(c -> named.add(q.get("derivativeOf").asText() + ": " + c.asText()));
            }
        }
        for (String parameter : wrong) {
            assertTrue(named.contains(parameter + ": missing-mean"), parameter + " " + named);
        }
    }
}
