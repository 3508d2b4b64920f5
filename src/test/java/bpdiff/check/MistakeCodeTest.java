package bpdiff.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The mistake codes: every example of a typical mistake (each written by hand to make that one mistake, as its file
 * name and first comment say) gets that mistake's code in {@code check}'s JSON and JUnit XML, for programs and for
 * formula lists; every code is documented in {@code docs/grade.md}, whose table names only codes that exist.
 */
class MistakeCodeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Set<String> codes(JsonNode claims) {
        Set<String> codes = new HashSet<>();
        claims.forEach(c -> c.get("codes").forEach(code -> codes.add(code.asText())));
        return codes;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "homework2-published, missing-weights-d_w5+d_w6", "mistake-after-update, after-update",
        "mistake-dot-outer, dot-for-outer", "mistake-elementwise-product, elementwise-for-outer",
        "mistake-factor-two, factor", "mistake-missing-derivative, missing-activation-derivative",
        "mistake-missing-mean, missing-mean", "mistake-missing-path, missing-path",
        "mistake-relu-derivative, missing-activation-derivative", "mistake-sign, sign", "mistake-sum-axis, sum-axis",
        "mistake-tanh-derivative, wrong-activation-derivative", "mistake-transpose, missing-transpose",
        "mistake-wrong-weight, wrong-weight"})
    void aProgramsMistakeHasItsCodeInTheJson(String program, String code) {
        Cli.Result r = Cli.run("check", "examples/programs/" + program + ".py", "--format", "json");
        assertEquals(1, r.status(), r.err());
        JsonNode report = read(r.out());
        JsonNode first = null;
        for (JsonNode q : report.get("quantities")) {
            if (q.get("line").asInt() == report.at("/firstWrong/line").asInt() && q.get("ownMistake").asBoolean()) {
                first = q;
            }
        }
        assertTrue(first != null, r.out());
        assertEquals(code, first.get("codes").get(0).asText(), first.toString());
        assertEquals(first.get("likely").size(), first.get("codes").size(), "a code per finding");
        for (JsonNode q : report.get("quantities")) {
            boolean wrong = q.get("verdict").asText().equals("wrong");
            assertEquals(wrong, q.get("codes").size() > 0, q.toString());
            if (wrong && !q.get("ownMistake").asBoolean()) {
                assertEquals("inherited", q.get("codes").get(0).asText());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"published, missing-weights-d_w5+d_w6", "mistake-after-update, after-update",
        "mistake-factor-two, factor", "mistake-missing-derivative, missing-activation-derivative",
        "mistake-missing-path, missing-path", "mistake-sign, sign", "mistake-wrong-weight, wrong-weight"})
    void aFormulaListsMistakeHasItsCodeInTheJson(String list, String code) {
        Cli.Result r = Cli.run("check", "examples/derivations/" + list + ".py", "--format", "json");
        assertEquals(1, r.status(), r.err());
        JsonNode report = read(r.out());
        for (JsonNode f : report.get("formulas")) {
            if (f.get("line").asInt() == report.at("/firstWrong/line").asInt()) {
                assertEquals(code, f.get("codes").get(0).asText(), f.toString());
            }
        }
        assertTrue(codes(report.get("formulas")).contains(code));
    }

    @Test
    void theJunitReportCarriesTheCodesAsProperties() throws IOException {
        Path xml = Files.createTempFile("bpdiff-codes", ".xml");
        try {
            Cli.Result r = Cli.run("check", "examples/programs/mistake-sign.py", "--junit-xml", xml.toString());
            assertEquals(1, r.status(), r.err());
            String text = Files.readString(xml);
            assertTrue(text.contains("<property name=\"mistake-code\" value=\"sign\"/>"), text);
            assertTrue(text.contains("<property name=\"mistake-code\" value=\"inherited\"/>"), text);
            r = Cli.run("check", "examples/class/oli.py", "--junit-xml", xml.toString());
            assertEquals(2, r.status(), r.err());
            assertTrue(Files.readString(xml).contains("<property name=\"mistake-code\" value=\"unsupported\"/>"));
        } finally {
            Files.deleteIfExists(xml);
        }
    }

    @Test
    void everyCodeIsDocumentedAndTheTableNamesOnlyCodesThatExist() throws IOException {
        String docs = Files.readString(Path.of("docs/grade.md"));
        Set<String> ids = new HashSet<>();
        for (MistakeCode code : MistakeCode.values()) {
            assertTrue(docs.contains("`" + code.id() + "`"), code.id() + " is in docs/grade.md");
            assertTrue(ids.add(code.id()), "one id per code: " + code.id());
            assertTrue(code.id().matches("[a-z0-9_+-]+"), code.id());
        }
        String table = docs.substring(docs.indexOf("## Mistake codes"));
        table = table.substring(0, table.indexOf("\n\n", table.indexOf("| code |")));
        Matcher m = Pattern.compile("^\\| ((?:`[^`]+`(?:, )?)+) \\|", Pattern.MULTILINE).matcher(table);
        int rows = 0;
        while (m.find()) {
            for (String code : m.group(1).split(", ")) {
                assertTrue(ids.contains(code.replace("`", "")), code + " exists");
            }
            rows++;
        }
        assertTrue(rows >= 10, "docs/grade.md's table: " + rows);
        assertEquals(List.of(), Arrays.stream(MistakeCode.values()).filter(c -> c.description().isBlank()).toList());
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
