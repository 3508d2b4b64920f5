package bpdiff.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Browser;
import bpdiff.testing.Cli;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bpdiff grade examples/class --out DIR} as a teacher runs it, and its {@code class.html} in headless
 * Chromium: the histogram's counts are the CSV's, every link to a student opens that student's feedback page, nothing
 * is logged to the console and a 390-pixel-wide window does not scroll sideways; the README's screenshot is
 * kept in {@code target/browser/grade-class.png}. What each example submission must get is said by its first
 * comment; the codes of the class are checked against those comments.
 */
@Tag("browser")
class ClassPageInBrowserTest {

    private static final Path SHOTS = Path.of("target", "browser");

    @TempDir
    static Path folder;

    private static Path out;
    private static Browser browser;

    @BeforeAll
    static void grade() throws IOException {
        out = folder.resolve("grades");
        Cli.Result r = Cli.run("grade", "examples/class", "--out", out.toString(), "--time-limit", "3");
        assertEquals(1, r.status(), r.err());
        Files.createDirectories(SHOTS);
        browser = Browser.start(1280, 1000);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static List<CSVRecord> csv() throws IOException {
        try (Reader in = Files.newBufferedReader(out.resolve("grades.csv"))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    @Test
    void eachExampleGetsTheCodeItsFirstCommentNames() throws IOException {
        // the first comment's first words, as the examples were written, and the code each stands for
        Map<String, String> words = Map.ofEntries(Map.entry("Correct", ""),
                Map.entry("The homework as published", "missing-weights-d_w5+d_w6"), Map.entry("Sign", "sign"),
                Map.entry("Factor", "factor"), Map.entry("Missing activation derivative", "missing-activation-derivative"),
                Map.entry("Wrong activation derivative", "wrong-activation-derivative"),
                Map.entry("Missing path", "missing-path"), Map.entry("Wrong weight", "wrong-weight"),
                Map.entry("After the update", "after-update"), Map.entry("Accumulated gradients", "accumulated-grad"),
                Map.entry("Syntax error", "syntax-error"), Map.entry("Endless loop", "limit"),
                Map.entry("import os", "unsupported"), Map.entry("A gradient missing", "not-checked"),
                Map.entry("Name error", "name-error"), Map.entry("Run-time error", "runtime-error"));
        for (CSVRecord row : csv()) {
            Path file = Path.of(row.get("file"));
            byte[] bytes = Files.readAllBytes(file);
            String expected;
            if (bytes.length == 0) {
                expected = "no-loss";
            } else if (Grader.decode(bytes) == null) {
                expected = "unreadable";
            } else {
                String first = Files.readAllLines(file).get(0);
                expected = words.entrySet().stream().filter(e -> first.startsWith("# " + e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError(first));
            }
            assertEquals(expected, row.get("codes"), row.get("student"));
        }
    }

    @Test
    void theHistogramIsTheCsvsAndEveryLinkOpensAFeedbackPage() throws IOException {
        Map<String, Integer> fromCsv = new TreeMap<>();
        for (CSVRecord row : csv()) {
            Arrays.stream(row.get("codes").split(" ")).filter(c -> !c.isEmpty())
                    .forEach(c -> fromCsv.merge(c, 1, Integer::sum));
        }
        browser.openClean(out.resolve("class.html"));
        Map<String, Integer> fromPage = new TreeMap<>();
        for (Object row : (List<?>) browser.script("return Array.from(document.querySelectorAll('tr.code')).map(r => "
                + "[r.dataset.code, r.cells[2].textContent, r.querySelectorAll('a.feedback').length])")) {
            List<?> cells = (List<?>) row;
            int shown = Integer.parseInt((String) cells.get(1));
            assertEquals(shown, ((Number) cells.get(2)).intValue(), "one link per student of " + cells.get(0));
            fromPage.put((String) cells.get(0), shown);
        }
        assertEquals(fromCsv, fromPage);
        List<?> scores = (List<?>) browser.script("return Array.from(document.querySelectorAll('tr[data-bin]'))"
                + ".map(r => Number(r.dataset.students))");
        assertEquals((long) csv().size(), scores.stream().mapToLong(n -> ((Number) n).longValue()).sum());
        browser.assertCleanAndNarrow(SHOTS.resolve("grade-class-390.png"));
        browser.openClean(out.resolve("class.html"));
        browser.script("document.getElementById('mistakes').scrollIntoView()");
        Files.write(SHOTS.resolve("grade-class.png"), browser.screenshot());
        List<String> links = new ArrayList<>();
        for (Object href : (List<?>) browser.script("return Array.from(new Set(Array.from(document.querySelectorAll("
                + "'a.feedback')).map(a => a.href)))")) {
            links.add((String) href);
        }
        assertEquals(csv().size(), links.size(), "every student is linked");
        for (String link : links) {
            browser.driver().get(link);
            assertEquals(Boolean.TRUE, browser.script("return document.getElementById('score') !== null"), link);
            String title = browser.driver().getTitle();
            assertTrue(title.startsWith("bpdiff grade: "), title);
            assertEquals(List.of(), browser.consoleProblems(), link);
        }
    }
}
