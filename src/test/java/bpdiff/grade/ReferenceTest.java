package bpdiff.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --reference}: a submission with another loss (the sum of squares without the homework's ½, its gradients
 * right for that loss) keeps its points and is told its loss is not the reference's; weights kept under other names
 * are graded as the reference's they start at; a reference that is not right, and {@code --points} naming no parameter
 * of it, are bad input.
 */
class ReferenceTest {

    @TempDir
    Path folder;

    @Test
    void anotherLossIsToldButItsOwnRightGradientsKeepTheirPoints() throws IOException {
        String ok = ClassTemplates.correct();
        Path reference = Files.writeString(folder.resolve("solution.py"), ok);
        Path submissions = Files.createDirectories(folder.resolve("class"));
        // L = (o1 - y1)² + (o2 - y2)²: every gradient is twice the homework's, and d_o1 = 2 (o1 - y1) is right for it
        Files.writeString(submissions.resolve("sum.py"), ClassTemplates.change(ClassTemplates.change(ClassTemplates
                .change(ok, "error = (1 / 2) * (out_o1 - y1) ** 2 + (1 / 2) * (out_o2 - y2) ** 2",
                        "error = (out_o1 - y1) ** 2 + (out_o2 - y2) ** 2"), "d_o1 = out_o1 - y1",
                "d_o1 = 2 * (out_o1 - y1)"), "d_o2 = out_o2 - y2", "d_o2 = 2 * (out_o2 - y2)"));
        Path out = folder.resolve("grades");
        Cli.Result r = Cli.run("grade", submissions.toString(), "--out", out.toString(), "--reference",
                reference.toString());
        assertEquals(0, r.status(), "every point: the loss is told, it costs nothing " + r.err());
        String csv = Files.readString(out.resolve("grades.csv"));
        assertTrue(csv.contains("\r\nsum," + submissions.resolve("sum.py") + ",8,8,right,right,right,right,right,right,"
                + "right,right,different-loss,"), csv);
        assertTrue(Files.readString(out.resolve("feedback/sum.md")).contains("its loss error at the first epoch is"));
    }

    @Test
    void weightsKeptInAListAreGradedAsTheReferencesNamesTheyStartAt() throws IOException {
        // Two corpus programs keep w1..w8 in a list w[0]..w[7], one in a numpy vector w, all started at the lecture's
        // values; the corpus manifest says which list element is which weight, which programs are correct and which
        // parameters are wrong (held to PyTorch by CorpusTest). A fourth starts from random weights: nothing can say
        // which is which, so nothing is matched.
        JsonNode manifest = new ObjectMapper().readTree(Path.of("examples/programs/corpus/manifest.json").toFile());
        Path reference = Files.writeString(folder.resolve("solution.py"), ClassTemplates.correct());
        Path submissions = Files.createDirectories(folder.resolve("class"));
        Map<String, Set<String>> wrong = new TreeMap<>();
        Map<String, String> asReference = new TreeMap<>();
        for (String program : List.of("hw2-lists-comprehension", "hw2-lists-enumerate-zip", "hw2-numpy-vector")) {
            Files.copy(Path.of("examples/programs/corpus/" + program + ".py"), submissions.resolve(program + ".py"));
            for (JsonNode p : manifest.get("programs")) {
                if (p.get("file").asText().equals(program + ".py")) {
                    p.get("parameters").fields().forEachRemaining(e -> asReference.put(e.getKey(), e.getValue().asText()));
                    Set<String> bad = new TreeSet<>();
                    if (!p.get("correct").asBoolean()) {
                        p.get("mistake").get("parameters").forEach(n -> bad.add(asReference.get(n.asText())));
                    }
                    wrong.put(program, bad);
                }
            }
        }
        // The vector program with one element of dw planted wrong: w4's gradient delta_h[1] * x[1] written with x[0];
        // no other element of dw changes, so only w4 is wrong, and only for element 3 of the claim dw
        Files.writeString(submissions.resolve("vector-w4.py"), Files.readString(submissions.resolve(
                "hw2-numpy-vector.py")).replace("delta_h[0] * x[1], delta_h[1] * x[1],",
                "delta_h[0] * x[1], delta_h[1] * x[0],"));
        wrong.put("vector-w4", Set.of("w4"));
        Files.writeString(submissions.resolve("random.py"), Files.readString(submissions.resolve(
                "hw2-lists-comprehension.py")).replace("w = [0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8]",
                "w = [random.random() for _ in range(8)]").replace("import numpy", "import random\nimport numpy"));
        Path out = folder.resolve("grades");
        Cli.Result r = Cli.run("grade", submissions.toString(), "--out", out.toString(), "--reference",
                reference.toString());
        assertEquals(1, r.status(), r.err());
        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        for (JsonNode g : results.get("submissions")) {
            String student = g.get("student").asText();
            Map<String, String> verdicts = new TreeMap<>();
            g.get("parameters").forEach(p -> verdicts.put(p.get("name").asText(), p.get("verdict").asText()));
            assertEquals(Set.of("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8"), verdicts.keySet(), student);
            for (String w : verdicts.keySet()) {
                String expected = student.equals("random") ? "missing"
                        : wrong.get(student).contains(w) ? "wrong" : "right";
                assertEquals(expected, verdicts.get(w), student + " " + w);
            }
        }
        assertTrue(Files.readString(out.resolve("feedback/hw2-numpy-vector.md")).contains(
                "its w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7] are graded as the reference's"), "elements of w");
        assertTrue(Files.readString(out.resolve("feedback/hw2-lists-comprehension.md")).contains(
                "its w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7] are graded as the reference's w1, w2, w3, w4, w5,"
                        + " w6, w7, w8: they start at the same weights"));
    }

    @Test
    void singleWeightsAreGradedAsTheReferencesMatrixTheyStartAt() throws IOException {
        // The reference in matrix form (W1 = [[w1, w3], [w2, w4]], W2 = [[w5, w7], [w6, w8]], as its comments say);
        // the published homework 2 has exactly d_w1..d_w4 wrong (the seed says so; PyTorch's reference in
        // reference-results/programs holds it), so W1 is wrong and W2 right; the corrected one is right on both
        Path submissions = Files.createDirectories(folder.resolve("class"));
        Files.copy(Path.of("examples/programs/homework2-published.py"), submissions.resolve("published.py"));
        Files.copy(Path.of("examples/programs/homework2-corrected.py"), submissions.resolve("corrected.py"));
        Path out = folder.resolve("grades");
        Cli.Result r = Cli.run("grade", submissions.toString(), "--out", out.toString(), "--reference",
                "examples/programs/lecture-matrix.py");
        assertEquals(1, r.status(), r.err());
        String csv = Files.readString(out.resolve("grades.csv"));
        assertTrue(csv.startsWith("student,file,score,max,W2,W1,"), csv);
        assertTrue(csv.contains("\r\ncorrected," + submissions.resolve("corrected.py") + ",2,2,right,right,"), csv);
        assertTrue(csv.contains("\r\npublished," + submissions.resolve("published.py") + ",1,2,right,wrong,"), csv);
        assertTrue(Files.readString(out.resolve("feedback/published.md")).contains(
                "its (w5, w7, w6, w8), (w1, w3, w2, w4) are graded as the reference's W2, W1"));
    }

    @Test
    void aWrongReferenceAndPointsOfNoParameterAreBadInput() throws IOException {
        Path submissions = Files.createDirectories(folder.resolve("class"));
        Files.writeString(submissions.resolve("a.py"), ClassTemplates.correct());
        Path wrong = Files.writeString(folder.resolve("wrong.py"), ClassTemplates.change(ClassTemplates.correct(),
                "d_o1 = out_o1 - y1", "d_o1 = y1 - out_o1"));
        Cli.Result r = Cli.run("grade", submissions.toString(), "--out", folder.resolve("o1").toString(),
                "--reference", wrong.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith("bpdiff: the reference is not right: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        Path right = Files.writeString(folder.resolve("right.py"), ClassTemplates.correct());
        r = Cli.run("grade", submissions.toString(), "--out", folder.resolve("o2").toString(), "--reference",
                right.toString(), "--points", "w9=2");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith("bpdiff: 'w9' is not a parameter of the reference"), r.err());
        assertTrue(!Files.exists(folder.resolve("o1")) && !Files.exists(folder.resolve("o2")), "nothing written");
    }
}
