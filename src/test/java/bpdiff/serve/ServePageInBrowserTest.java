package bpdiff.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Browser;
import bpdiff.testing.PyTorchReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * {@code bpdiff serve}'s page in headless Chromium, used as a student would: paste the homework's published
 * formulas and press Check (w1–w4 marked on the network, the {@code d_w5 + d_w6} diagnosis beside line 14,
 * autograd's numbers PyTorch's), paste the corrected ones (all green), check the homework program itself (its lines
 * 40–43 wrong beside its computation graph, w1–w4 marked there, PyTorch's gradients; the corrected program and the
 * matrix form all green; five epochs on the epoch control), open {@code shared-bias.json} and press Compare (Matt
 * Mazur's loss 0.298371109), move the epoch control, download each result, read an error. Nothing is logged to the
 * console (the page's Content-Security-Policy included), and a 390-pixel-wide window does not scroll sideways.
 * Screenshots go to {@code target/browser/}.
 */
@Tag("browser")
class ServePageInBrowserTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration LONGEST = Duration.ofSeconds(120);
    /** autograd's dL/dw1 of the lecture: tools/pytorch_reference.py, float64. */
    private static final double PYTORCH_DW1 = PyTorchReference.weights(PyTorchReference
            .pytorchCase("float64", "sigmoid/half-sse/given/lr1/e100").get("steps").get(0).get("gradient"))[0];
    /** Matt Mazur, "A Step by Step Backpropagation Example" (2015): the total error, to the blog's 9 digits. */
    private static final double MAZUR_LOSS = 0.298371109;
    private static final Path SHOTS = Path.of("target", "browser");

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
    void thePastedPublishedFormulasAreMarkedOnTheNetworkAndTheCorrectedOnesAreAllGreen() throws IOException {
        open();
        paste(Files.readString(Path.of("examples/derivations/published.py")));
        press("f-check");
        assertEquals("check", browser.script("return document.getElementById('f-result').dataset.kind"));
        assertEquals(List.of("w1", "w2", "w3", "w4"), mismatched());
        WebElement line14 = browser.driver().findElement(By.id("line-14"));
        assertTrue(line14.getText().contains("likely: the back-propagated error δo1·w5 + δo2·w6 is replaced by "
                + "d_w5 + d_w6"), line14.getText());
        Matcher autograd = Pattern.compile("autograd (\\S+),").matcher(line14.getText());
        assertTrue(autograd.find(), line14.getText());
        assertEquals(PYTORCH_DW1, Double.parseDouble(autograd.group(1)), 1e-15, "autograd's dL/dw1 is PyTorch's");
        assertEquals(List.of("h1", "h2"), browser.script("return Array.from(document.querySelectorAll("
                + "'g.neuron.error-entry')).map(e => e.dataset.neuron)"));
        assertTrue(text("f-result-summary").startsWith("✗ check: 4 of 10 checked formulas are wrong"),
                text("f-result-summary"));
        // the downloads are the answer's JSON, Markdown and JUnit XML
        JsonNode json = MAPPER.readTree(download("f-download-json"));
        assertEquals("bpdiff.check/1", json.get("schema").asText());
        assertEquals(1, json.get("exitStatus").asInt());
        assertEquals(autograd.group(1), json.at("/formulas/6/autograd").asText(), "digit for digit");
        assertTrue(download("f-download-markdown").contains("d_w5 + d_w6"));
        assertTrue(download("f-download-junit").contains("<testsuite"));
        // pointing at a line highlights its connection, as on the written page
        browser.resize(1600, 1000);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", line14);
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(line14).perform();
        assertTrue(browser.driver().findElement(By.cssSelector("g.edge[data-parameter=w1]")).getAttribute("class")
                .contains("hl"), "pointing at line 14 highlights w1");
        // for docs/pages.md: the buttons, the answer, the lines and the network
        screenshotPointingAt("line-14", "serve-page.png");
        assertNoConsoleProblems();
        assertNoSidewaysScrollAt390("serve-check-390.png");

        paste(Files.readString(Path.of("examples/derivations/corrected.py")));
        press("f-check");
        assertEquals(List.of(), mismatched());
        assertEquals(0L, count("#f-view li.wrong"));
        assertEquals(10L, count("#f-view li.right"), "every checked line is green");
        assertEquals(0L, count("g.neuron.error-entry"));
        assertEquals("ok", browser.driver().findElement(By.id("f-result-summary")).getAttribute("class"));
        assertTrue(text("f-result-summary").startsWith("✓ check: all 10 checked formulas match"),
                text("f-result-summary"));
        assertNoConsoleProblems();
    }

    @Test
    void theHomeworkProgramIsShownBesideItsGraphWithW1ToW4Wrong() throws IOException {
        open();
        browser.driver().findElement(By.id("f-example-program-published")).click();
        assertEquals(Files.readString(Path.of("examples/programs/homework2-published.py")),
                browser.driver().findElement(By.id("f-derivation")).getDomProperty("value"), "the one-click example");
        press("f-check");
        assertEquals(List.of("line-40", "line-41", "line-42", "line-43"), ids("#f-view ol.program > li.wrong"));
        assertEquals(List.of("w1", "w2", "w3", "w4"), names("#f-view g.gnode.mismatch"));
        WebElement line40 = browser.driver().findElement(By.id("line-40"));
        assertTrue(line40.getText().contains("is replaced by d_w5 + d_w6: the weights w5, w6 are missing"),
                line40.getText());
        Matcher autograd = Pattern.compile("autograd (\\S+),").matcher(line40.getText());
        assertTrue(autograd.find(), line40.getText());
        double pytorch = PyTorchReference.read("reference-results/programs/homework2-published.json")
                .at("/losses/0/gradients/w1").asDouble();
        assertEquals(pytorch, Double.parseDouble(autograd.group(1)), 1e-12, "autograd's dL/dw1 is PyTorch's");
        assertTrue(text("f-result-summary").startsWith("✗ check: 4 of 10 checked gradients are wrong"),
                text("f-result-summary"));
        assertEquals("bpdiff.check-program/1", MAPPER.readTree(download("f-download-json")).get("schema").asText());
        assertTrue(download("f-download-markdown").contains("d_w5 + d_w6"));
        assertTrue(download("f-download-junit").contains("<testsuite"));
        // pointing at line 40 highlights w1 in the graph: the program's own script runs on the page
        browser.resize(1600, 1000);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", line40);
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(line40).perform();
        assertEquals(List.of("w1"), names("#f-view g.gnode.hl"));
        screenshotPointingAt("line-40", "serve-program.png");
        assertNoConsoleProblems();
        assertNoSidewaysScrollAt390("serve-program-390.png");

        browser.driver().findElement(By.id("f-example-program-corrected")).click();
        press("f-check");
        assertEquals(0L, count("#f-view .claim.wrong, #f-view g.gnode.mismatch"));
        assertEquals(10L, count("#f-view .claim.right"), "every checked gradient is green");
        assertTrue(text("f-result-summary").startsWith("✓ check: all 10 checked gradients match"),
                text("f-result-summary"));
        choose("f-example", "programs/lecture-matrix");
        press("f-check");
        assertEquals(List.of("W1", "W2"), names("#f-view g.gnode.parameter"));
        assertEquals("ok", browser.driver().findElement(By.id("f-result-summary")).getAttribute("class"));
        assertNoConsoleProblems();
    }

    @Test
    void aProgramsEpochControlWorksAndANetworkOptionIsRefusedForIt() throws IOException {
        open();
        String published = Files.readString(Path.of("examples/programs/homework2-published.py"));
        paste(published.replace("N = 1 ", "N = 5 "));
        press("f-check");
        WebElement label = browser.driver().findElement(By.id("epoch-label"));
        assertEquals("epoch 1 of 5", label.getText());
        String loss = browser.driver().findElement(By.cssSelector("#f-view [data-v=loss]")).getText();
        browser.driver().findElement(By.id("epoch")).sendKeys(Keys.ARROW_RIGHT);
        assertEquals("epoch 2 of 5", label.getText());
        assertNotEquals(loss, browser.driver().findElement(By.cssSelector("#f-view [data-v=loss]")).getText());
        assertEquals(4L, count("#f-view .claim.wrong"), "d_w1..d_w4 are wrong at epoch 2 too");
        assertNoConsoleProblems();
        // a program is checked with its own epochs: the command's message, naming the field
        browser.driver().findElement(By.id("f-epochs")).sendKeys("3");
        press("f-check");
        assertTrue(browser.driver().findElement(By.id("f-error")).isDisplayed());
        assertEquals("bpdiff: epochs applies to formula lists; a program is checked as it runs: its own network, "
                + "loss and epochs (change its N to check more epochs) (epochs)", text("f-error-message"));
    }

    @Test
    void anOpenedNetworkFileIsComparedWithMazursLoss() throws IOException {
        open();
        choose("f-network", "(own)");
        browser.driver().findElement(By.id("f-network-file"))
                .sendKeys(Path.of("examples/networks/shared-bias.json").toAbsolutePath().toString());
        browser.waitFor("document.getElementById('f-network-json').value.includes('shared-bias')", LONGEST);
        press("f-compare");
        assertEquals("compare", browser.script("return document.getElementById('f-result').dataset.kind"));
        String autograd = browser.driver().findElement(By.cssSelector("[data-v='loss.autograd']")).getText();
        String hand = browser.driver().findElement(By.cssSelector("[data-v='loss.manual']")).getText();
        assertEquals(MAZUR_LOSS, Double.parseDouble(autograd), 5e-10, autograd);
        assertEquals(MAZUR_LOSS, Double.parseDouble(hand), 5e-10, hand);
        assertEquals(2L, count("g.edge[data-parameter=b1]"), "the shared bias on both its connections");
        assertEquals(List.of(), mismatched());
        assertTrue(text("f-result-summary").startsWith("✓ compare: match"), text("f-result-summary"));
        String junit = download("f-download-junit");
        assertTrue(junit.contains("tests=\"10\"") && junit.contains("name=\"b1 [float64]\""),
                "compare's JUnit XML: a test case per parameter, the shared bias b1 once: " + junit);
        assertNoConsoleProblems();
        assertNoSidewaysScrollAt390("serve-compare-390.png");
    }

    @Test
    void theEpochControlOfAComparisonWorksOnThePage() {
        open();
        choose("f-manual", "buggy");
        browser.driver().findElement(By.id("f-epochs")).sendKeys("5");
        press("f-compare");
        By w1 = By.cssSelector("g.edge[data-parameter=w1] [data-v='w1.gradientAutograd']");
        String first = browser.driver().findElement(w1).getText();
        assertEquals(PYTORCH_DW1, Double.parseDouble(first), 1e-15);
        assertEquals(List.of("w1", "w2", "w3", "w4"), mismatched(), "at the first epoch");
        browser.driver().findElement(By.id("epoch")).sendKeys(Keys.ARROW_RIGHT);
        assertEquals("epoch 2 of 5", text("epoch-label"));
        assertNotEquals(first, browser.driver().findElement(w1).getText(), "the epoch control changes the numbers");
        assertEquals(2L, count("#loss svg path.series"), "the loss curves of both sides");
        assertNoConsoleProblems();
    }

    @Test
    void anErrorIsTheOneLineOfTheCommandWithTheLineItPointsAt() {
        open();
        browser.driver().findElement(By.id("f-example-published")).click();
        assertTrue(browser.driver().findElement(By.id("f-derivation")).getDomProperty("value")
                .contains("d_w1 = (d_w5 + d_w6) * out_h1 * (1 - out_h1) * x1"), "the one-click example");
        paste("d_o1 = out_o1 - y1\nd_w5 = d_o1 * out_o1 * (1 - out_o1) * out_h9\n");
        press("f-check");
        assertTrue(browser.driver().findElement(By.id("f-error")).isDisplayed());
        assertTrue(text("f-error-message").startsWith("bpdiff: unknown name 'out_h9'"), text("f-error-message"));
        assertTrue(text("f-error-message").endsWith("(derivation.py:2:39)"), text("f-error-message"));
        assertTrue(text("f-error-excerpt").contains("^"), text("f-error-excerpt"));
        // Chromium logs every answer of status 400 as a failed load; that one and nothing else
        List<String> problems = browser.consoleProblems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("/api/check - Failed to load resource: the server responded with a status "
                + "of 400 (Bad Request)"), problems.get(0));
    }

    private static void open() {
        browser.resize(1280, 1000);
        browser.driver().get(server.uri().toString());
        browser.waitFor("document.body.dataset.ready === 'true' && document.getElementById('f-network').options.length > 0",
                LONGEST);
        browser.consoleProblems();
    }

    /** Chooses an option, as a click on it does. */
    private static void choose(String select, String value) {
        browser.script("var s = document.getElementById(arguments[0]); s.value = arguments[1];"
                + "s.dispatchEvent(new Event('change'))", select, value);
        assertEquals(value, browser.driver().findElement(By.id(select)).getDomProperty("value"));
    }

    /** Types the text into the derivation box, as pasting does (the box is cleared first). */
    private static void paste(String text) {
        WebElement box = browser.driver().findElement(By.id("f-derivation"));
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

    /** The screenshot of docs/pages.md: the answer from its top, the mouse on one of its lines. */
    private static void screenshotPointingAt(String line, String shot) throws IOException {
        browser.resize(1400, 1300);
        browser.script("document.getElementById('f-result').scrollIntoView({block: 'start'})");
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(browser.driver().findElement(
                By.id(line))).perform();
        Files.write(SHOTS.resolve(shot), browser.screenshot());
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

    private static List<?> mismatched() {
        return (List<?>) browser.script("return Array.from(new Set(Array.from(document.querySelectorAll("
                + "'#f-view g.edge.mismatch')).map(e => e.dataset.parameter))).sort()");
    }

    private static List<?> ids(String css) {
        return (List<?>) browser.script("return Array.from(document.querySelectorAll(arguments[0])).map(e => e.id)", css);
    }

    private static List<?> names(String css) {
        return (List<?>) browser.script("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(e => e.dataset.name).sort()", css);
    }

    private static long count(String css) {
        return browser.driver().findElements(By.cssSelector(css)).size();
    }

    private static void assertNoConsoleProblems() {
        assertEquals(List.of(), browser.consoleProblems());
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
}
