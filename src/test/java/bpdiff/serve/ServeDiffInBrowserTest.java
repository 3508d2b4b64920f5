package bpdiff.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Browser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * {@code bpdiff serve}'s Diff in headless Chromium, used as a student would: paste the homework-2 program as
 * published and the homework-3 program, press Diff, and find w1–w4 marked in the table and dashed in vermillion in
 * both computation graphs, homework 2's published gradient and PyTorch's side by side, and "B.py is right" (the
 * seed's question 2); open the corrected homework 2 and homework 3 from files (the same, under their files' names);
 * a syntax error in B is the command's line naming B. Nothing is logged to the console, and a 390-pixel-wide window
 * does not scroll sideways. The screenshot for the README goes to {@code target/browser/serve-diff.png}.
 */
@Tag("browser")
class ServeDiffInBrowserTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration LONGEST = Duration.ofSeconds(120);
    private static final Path SHOTS = Path.of("target", "browser");
    private static final List<String> DIFFERING = List.of("w1", "w2", "w3", "w4");
    /** The diff's mark on a parameter's box: a dashed border, 6 on, 3 off (DiffHtml), as Chromium computes it. */
    private static final String MARK = "6px, 3px";

    private static Server server;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        server = Server.start(ServeSettings.defaults().withPort(0), new PrintWriter(new StringWriter(), true));
        Files.createDirectories(SHOTS);
        browser = Browser.start(1280, 1000);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            server.stop(Duration.ofSeconds(30));
        }
    }

    @Test
    void thePastedHomeworkProgramsDifferOnW1ToW4AndHomeworkThreeIsRight() throws IOException {
        open();
        paste("f-derivation", program("homework2-published"));
        paste("f-other", program("homework3"));
        assertEquals("The report names them A.py (A) and B.py (B).", text("f-diff-names"));
        press("f-diff");
        assertEquals("diff", browser.script("return document.getElementById('f-result').dataset.kind"));
        assertEquals("✗ diff: DIFFERENT: w1, w2, w3, w4 differ from epoch 1 (exit status 1)", text("f-result-summary"));
        assertEquals(DIFFERING, browser.script("return Array.from(document.querySelectorAll("
                + "'#f-view table.diff td.differs:first-child')).map(td => td.textContent)"));
        String verdict = browser.driver().findElement(By.cssSelector("#f-view p.verdict")).getText();
        assertTrue(verdict.contains("B.py is right: its gradients are autograd's of its own loss at every epoch it "
                + "runs; A.py's gradients of w1, w3, w2, w4 are not, from epoch 1"), verdict);
        // the losses are said first, before the parameters
        String loss = browser.driver().findElement(By.cssSelector("#f-view ul > li")).getText();
        assertTrue(loss.startsWith("the losses are equal at every one of 1 epoch compared"), loss);
        assertMarkedInBothGraphs();
        // w1's row: homework 2's published gradient beside PyTorch's running homework 3
        List<WebElement> w1 = browser.driver().findElements(By.cssSelector("#f-view table.diff tbody tr:first-child td"));
        assertEquals(publishedGradient("w1"), Double.parseDouble(w1.get(2).getText()), 1e-10);
        assertEquals(pytorchGradient("w1"), Double.parseDouble(w1.get(3).getText()), 1e-8);
        JsonNode json = MAPPER.readTree(download("f-download-json"));
        assertEquals("bpdiff.diff/1", json.get("schema").asText());
        assertEquals(1, json.get("exitStatus").asInt());
        assertTrue(download("f-download-markdown").contains("| **w1** | 1 |"));
        String junit = download("f-download-junit");
        assertTrue(junit.contains("tests=\"9\"") && junit.contains("failures=\"4\""), junit);
        assertEquals(List.of(), browser.consoleProblems());
        screenshot("serve-diff.png");
        assertNoSidewaysScrollAt390("serve-diff-390.png");
    }

    @Test
    void openedFilesGoByTheirNamesAndTheCorrectedHomeworkIsTheSameAsHomeworkThree() throws IOException {
        open();
        browser.driver().findElement(By.id("f-derivation-file"))
                .sendKeys(Path.of("examples/programs/homework2-corrected.py").toAbsolutePath().toString());
        browser.driver().findElement(By.id("f-other-file"))
                .sendKeys(Path.of("examples/programs/homework3.py").toAbsolutePath().toString());
        browser.waitFor("document.getElementById('f-diff-names').textContent.includes('homework3.py (B)')"
                + " && document.getElementById('f-diff-names').textContent.includes('homework2-corrected.py (A)')",
                LONGEST);
        assertEquals(program("homework3"), browser.driver().findElement(By.id("f-other")).getDomProperty("value"));
        press("f-diff");
        assertTrue(text("f-result-summary").startsWith("✓ diff: SAME: the losses, and the gradient and updated weights "
                + "of w1, w2, w3, w4, w5, w6, w7, w8, agree"), text("f-result-summary"));
        assertEquals("ok", browser.driver().findElement(By.id("f-result-summary")).getAttribute("class"));
        assertEquals(0L, browser.count("#f-view td.differs"));
        assertEquals(List.of(), browser.consoleProblems());

        browser.driver().findElement(By.id("f-example-diff")).click();
        assertEquals("The report names them homework2-published.py (A) and homework3.py (B).", text("f-diff-names"));
        press("f-diff");
        String verdict = browser.driver().findElement(By.cssSelector("#f-view p.verdict")).getText();
        assertTrue(verdict.contains("homework3.py is right"), verdict);
        assertMarkedInBothGraphs();
        assertEquals(List.of(), browser.consoleProblems());
    }

    @Test
    void aSyntaxErrorInBIsTheCommandsLineNamingB() {
        open();
        paste("f-derivation", program("homework3"));
        paste("f-other", "import torch\nx = (1 +\n");
        press("f-diff");
        assertTrue(browser.driver().findElement(By.id("f-error")).isDisplayed());
        assertEquals("bpdiff: syntax error: the '(' is never closed (B.py:2:5)", text("f-error-message"));
        assertTrue(text("f-error-excerpt").contains("x = (1 +\n") && text("f-error-excerpt").contains("^"),
                text("f-error-excerpt"));
        // Chromium logs every answer of status 400 as a failed load; that one and nothing else
        List<String> problems = browser.consoleProblems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("/api/diff - Failed to load resource: the server responded with a status "
                + "of 400 (Bad Request)"), problems.get(0));
    }

    /** w1–w4 dashed in both programs' graphs, w5–w8 not. */
    private static void assertMarkedInBothGraphs() {
        assertEquals(2L, browser.count("#f-view svg.graph"), "both computation graphs");
        for (int graph = 1; graph <= 2; graph++) {
            for (int k = 1; k <= 8; k++) {
                String w = "w" + k;
                Object dashes = browser.script("var r = document.querySelectorAll('#f-view svg.graph')[arguments[0]]"
                        + ".querySelector('g.gnode.parameter[data-name=\"' + arguments[1] + '\"] rect');"
                        + "return r ? getComputedStyle(r).strokeDasharray : 'no node';", graph - 1, w);
                assertEquals(k <= 4, MARK.equals(dashes), "graph " + graph + ", " + w + ": " + dashes);
            }
        }
    }

    private static void open() {
        browser.resize(1280, 1000);
        browser.driver().get(server.uri().toString());
        browser.waitFor("document.body.dataset.ready === 'true'", LONGEST);
        browser.driver().findElement(By.cssSelector("#f-diff-mode > summary")).click();
        assertTrue(browser.driver().findElement(By.id("f-other")).isDisplayed(), "Diff's program B is shown");
        browser.consoleProblems();
    }

    /** Types the text into a program box, as pasting does (the box is cleared first). */
    private static void paste(String id, String text) {
        WebElement box = browser.driver().findElement(By.id(id));
        box.clear();
        box.sendKeys(text);
        assertEquals(text, box.getDomProperty("value"));
    }

    /** Presses a button and waits for the page to show the answer. */
    private static void press(String button) {
        Object before = browser.script("return document.body.dataset.answers || '0'");
        browser.driver().findElement(By.id(button)).click();
        browser.waitFor("(document.body.dataset.answers || '0') !== '" + before + "'", LONGEST);
    }

    /** The README's screenshot: the answer from its top. */
    private static void screenshot(String shot) throws IOException {
        browser.resize(1400, 1300);
        browser.script("document.getElementById('f-result').scrollIntoView({block: 'start'})");
        Files.write(SHOTS.resolve(shot), browser.screenshot());
    }

    private static void assertNoSidewaysScrollAt390(String shot) throws IOException {
        browser.resize(390, 844);
        List<?> w = (List<?>) browser.script("return [document.scrollingElement.scrollWidth, "
                + "document.scrollingElement.clientWidth, window.innerWidth]");
        assertEquals(390L, ((Number) w.get(2)).longValue(), "the window is 390 px wide");
        assertTrue(((Number) w.get(0)).longValue() <= ((Number) w.get(1)).longValue(), "no sideways scroll: " + w);
        Files.write(SHOTS.resolve(shot), browser.screenshot());
        browser.resize(1280, 1000);
    }

    private static String download(String link) {
        String href = browser.driver().findElement(By.id(link)).getDomAttribute("href");
        assertTrue(href != null && href.startsWith("blob:"), link + " " + href);
        return (String) browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text()).then(done)", href);
    }

    private static String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    /** Homework 2's gradient as published: tools/homework2_published.py. */
    private static double publishedGradient(String w) throws IOException {
        return MAPPER.readTree(Path.of("reference-results/python/homework2.json").toFile())
                .at("/cases/0/steps/0/gradient/" + w).asDouble();
    }

    /** PyTorch's gradient running homework 3: tools/torch_programs.py. */
    private static double pytorchGradient(String w) throws IOException {
        return MAPPER.readTree(Path.of("reference-results/torch/homework3.json").toFile())
                .at("/runs/float32/backward/0/" + w + "/0").asDouble();
    }

    private static String program(String name) {
        try {
            return Files.readString(Path.of("examples/programs/" + name + ".py"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
