package bpdiff.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class generated from one template ({@link ClassTemplates}), graded against the correct program as reference with
 * {@code --points w1=2}: every student's score, verdicts and codes, the class's histogram of codes (in
 * {@code grades.csv}, {@code results.json} and {@code class.html}), its counts by parameter and by layer, all known in
 * advance from how each submission was made. The layers are the lecture network's: w1..w4 into the hidden layer,
 * w5..w8 into the output layer.
 */
class GeneratedClassTest {

    private static final List<String> W = List.of("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8");

    @TempDir
    static Path folder;

    private static Cli.Result result;
    private static Path out;
    /** Each student's expected code per parameter ({@code null}: right) and codes of the submission. */
    private static final Map<String, Map<String, String>> PARAMETERS = new LinkedHashMap<>();
    private static final Map<String, List<String>> CODES = new LinkedHashMap<>();
    private static final Map<String, Integer> SCORE = new LinkedHashMap<>();

    private static void expect(String student, int score, String code, List<String> wrong, String... codes) {
        Map<String, String> p = new LinkedHashMap<>();
        W.forEach(w -> p.put(w, wrong.contains(w) ? code : null));
        PARAMETERS.put(student, p);
        CODES.put(student, List.of(codes));
        SCORE.put(student, score);
    }

    @BeforeAll
    static void grade() throws IOException {
        Path submissions = folder.resolve("class");
        ClassTemplates.write(submissions, ClassTemplates.programs(3));
        Path reference = folder.resolve("solution.py");
        Files.writeString(reference, ClassTemplates.correct());
        out = folder.resolve("grades");
        result = Cli.run("grade", submissions.toString(), "--out", out.toString(), "--reference", reference.toString(),
                "--points", "w1=2", "--time-limit", "3", "--junit-xml", folder.resolve("grade.xml").toString());
        // sorted by student name, as the outputs are
        expect("binary", 0, "unreadable", W, "unreadable");
        for (int k = 1; k <= 3; k++) {
            expect("correct-" + k, 9, null, List.of());
        }
        expect("empty", 0, "no-loss", W, "no-loss");
        expect("factor", 0, "factor", W, "factor");
        expect("import-os", 0, "unsupported", W, "unsupported");
        expect("loop-1", 0, "limit", W, "limit");
        expect("loop-2", 0, "limit", W, "limit");
        expect("no-sigma", 2, "missing-activation-derivative", List.of("w1", "w2", "w3", "w4", "w5", "w7"),
                "missing-activation-derivative");
        expect("published", 4, "missing-weights-d_w5+d_w6", List.of("w1", "w2", "w3", "w4"),
                "missing-weights-d_w5+d_w6");
        expect("sign", 0, "sign", W, "sign");
        expect("syntax-1", 0, "syntax-error", W, "syntax-error");
        expect("syntax-2", 0, "syntax-error", W, "syntax-error");
        expect("two-epochs", 9, null, List.of(), "different-epochs");
        expect("wrong-weight", 6, "wrong-weight", List.of("w1", "w3"), "wrong-weight");
    }

    private static List<CSVRecord> csv() throws IOException {
        try (Reader in = Files.newBufferedReader(out.resolve("grades.csv"))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    @Test
    void everyStudentsScoreVerdictsAndCodesAreThoseTheClassWasMadeWith() throws IOException {
        assertEquals(1, result.status(), result.err());
        List<CSVRecord> rows = csv();
        assertEquals(new ArrayList<>(SCORE.keySet()), rows.stream().map(r -> r.get("student")).toList());
        for (CSVRecord row : rows) {
            String s = row.get("student");
            assertEquals(Integer.toString(SCORE.get(s)), row.get("score"), s);
            assertEquals("9", row.get("max"), s);
            assertEquals(String.join(" ", CODES.get(s)), row.get("codes"), s);
            for (String w : W) {
                String code = PARAMETERS.get(s).get(w);
                boolean checked = !List.of("binary", "empty", "import-os", "loop-1", "loop-2", "syntax-1", "syntax-2")
                        .contains(s);
                assertEquals(code == null ? "right" : checked ? "wrong" : "not-checked", row.get(w), s + " " + w);
            }
        }
    }

    @Test
    void theHistogramOfCodesIsTheSameInTheCsvTheJsonAndThePage() throws IOException {
        Map<String, Integer> expected = new TreeMap<>();
        CODES.values().forEach(codes -> codes.forEach(c -> expected.merge(c, 1, Integer::sum)));
        Map<String, Integer> fromCsv = new TreeMap<>();
        for (CSVRecord row : csv()) {
            Arrays.stream(row.get("codes").split(" ")).filter(c -> !c.isEmpty()).forEach(c -> fromCsv.merge(c, 1,
                    Integer::sum));
        }
        assertEquals(expected, fromCsv);
        JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertEquals("bpdiff.grade/1", json.get("schema").asText());
        Map<String, Integer> fromJson = new TreeMap<>();
        json.at("/summary/codes").fields().forEachRemaining(e -> fromJson.put(e.getKey(), e.getValue().asInt()));
        assertEquals(expected, fromJson);
        assertEquals(expected, pageCounts("tr class=\"code\" data-code=\"([^\"]+)\" data-students=\"(\\d+)\""));
        // the reference's layers: the lecture network's hidden and output layers
        Map<String, Integer> layers = new TreeMap<>();
        json.at("/reference/parameters").forEach(p -> layers.put(p.get("name").asText(), p.get("layer").asInt()));
        assertEquals(Map.of("w1", 1, "w2", 1, "w3", 1, "w4", 1, "w5", 2, "w6", 2, "w7", 2, "w8", 2), layers);
        assertEquals(2.0, json.at("/reference/parameters/0/points").asDouble());
    }

    @Test
    void theCountsByParameterAndByLayerAreThoseTheClassWasMadeWith() throws IOException {
        Map<String, Integer> byParameter = new TreeMap<>();
        Map<String, Integer> byLayer = new TreeMap<>();
        PARAMETERS.forEach((student, parameters) -> {
            java.util.Set<String> layers = new java.util.HashSet<>();
            parameters.forEach((w, code) -> {
                if (code != null) {
                    byParameter.merge(code + " " + w, 1, Integer::sum);
                    int layer = Integer.parseInt(w.substring(1)) <= 4 ? 1 : 2;
                    if (layers.add(code + " " + layer)) {
                        byLayer.merge(code + " " + layer, 1, Integer::sum);
                    }
                }
            });
        });
        assertEquals(byParameter, pageCounts("data-code=\"([^\"]+)\" data-parameter=\"([^\"]+)\" data-students=\"([1-9]\\d*)\""));
        assertEquals(byLayer, pageCounts("data-code=\"([^\"]+)\" data-layer=\"([^\"]+)\" data-students=\"([1-9]\\d*)\""));
    }

    @Test
    void everyStudentHasFeedbackAndTheJunitReportHasACasePerStudentAndParameter() throws IOException {
        for (String s : SCORE.keySet()) {
            assertTrue(Files.isRegularFile(out.resolve("feedback").resolve(s + ".md")), s);
            String page = Files.readString(out.resolve("feedback").resolve(s + ".html"));
            assertTrue(page.contains("data-score=\"" + SCORE.get(s) + "\" data-max=\"9\""), s);
        }
        assertTrue(Files.readString(out.resolve("feedback/two-epochs.md")).contains("checked at 2 epochs, the reference"
                + " trains 3"));
        String xml = Files.readString(folder.resolve("grade.xml"));
        int checked = 9;
        int notChecked = 7;
        assertTrue(xml.contains("tests=\"" + (checked * 8 + notChecked) + "\""), xml.substring(0, 300));
        assertTrue(xml.contains("errors=\"" + notChecked + "\""));
        assertTrue(xml.contains("<property name=\"mistake-code\" value=\"missing-weights-d_w5+d_w6\"/>"));
    }

    /** The page's counts: the regex's groups but the last joined by a space, the last the count. */
    private static Map<String, Integer> pageCounts(String regex) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(out.resolve("class.html")));
        Map<String, Integer> counts = new TreeMap<>();
        while (m.find()) {
            List<String> key = new ArrayList<>();
            for (int g = 1; g < m.groupCount(); g++) {
                key.add(m.group(g));
            }
            counts.put(String.join(" ", key), Integer.parseInt(m.group(m.groupCount())));
        }
        return counts;
    }
}
