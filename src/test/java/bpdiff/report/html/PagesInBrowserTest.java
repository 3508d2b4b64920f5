package bpdiff.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Browser;
import bpdiff.testing.Cli;
import bpdiff.testing.PyTorchReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The pages of {@code compare --format html} and {@code check --format html} opened in headless Chromium:
 * the picture has one circle per neuron and one labelled edge per connection, the lecture's published
 * formulas are marked wrong on exactly w1–w4 with the error entering at h1, the numbers are PyTorch's and
 * those of {@code --format json}, the epoch control changes them, nothing is logged to the console, and a
 * 390-pixel-wide window does not scroll sideways. Screenshots go to {@code target/browser/}.
 */
@Tag("browser")
class PagesInBrowserTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** autograd's dL/dw1 of the lecture at the given weights: tools/pytorch_reference.py, float64. */
    private static final double PYTORCH_DW1 = PyTorchReference.weights(PyTorchReference
            .pytorchCase("float64", "sigmoid/half-sse/given/lr1/e100").get("steps").get(0).get("gradient"))[0];

    @TempDir
    static Path folder;

    private static Browser browser;
    private static final Path SHOTS = Path.of("target", "browser");

    @BeforeAll
    static void pages() throws IOException {
        run(1, "compare", "--manual", "buggy", "--format", "html", "--out", path("buggy.html"));
        run(1, "compare", "--manual", "buggy", "--epochs", "5", "--format", "html", "--out", path("buggy5.html"));
        run(1, "compare", "--manual", "buggy", "--epochs", "5", "--format", "json", "--out", path("buggy5.json"));
        run(0, "compare", "--network", "examples/networks/shared-bias.json", "--format", "html", "--out",
                path("shared.html"));
        run(0, "compare", "--network", "examples/networks/regression-tanh.json", "--format", "html", "--out",
                path("tanh.html"));
        run(1, "check", "examples/derivations/published.py", "--format", "html", "--out", path("check.html"));
        run(1, "check", "examples/derivations/published.py", "--format", "json", "--out", path("check.json"));
        Files.createDirectories(SHOTS);
        browser = Browser.start(1280, 1000);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theLectureWithThePublishedFormulasIsDrawnWithW1ToW4WrongAndTheErrorAtH1() throws IOException {
        open("buggy.html");
        assertPicture(6, 8);
        assertEquals(List.of("w1", "w2", "w3", "w4"), mismatched());
        assertEquals(List.of("h1"), browser.script("return Array.from(document.querySelectorAll("
                + "'g.neuron.error-entry')).map(e => e.dataset.neuron)"));
        WebElement badge = browser.driver().findElement(By.cssSelector("g.neuron.error-entry .error-badge"));
        assertTrue(badge.isDisplayed() && badge.getText().contains("dL/dout_h1"), badge.getText());
        assertEquals("#where", badge.findElement(By.xpath("..")).getDomAttribute("href"));
        assertTrue(browser.driver().findElement(By.id("where")).getText().contains("dL/dout_h1 in the hidden layer"));
        // the numbers are PyTorch's, and digit for digit those of --format json
        String shown = browser.driver().findElement(By.cssSelector(
                "g.edge[data-parameter=w1] [data-v='w1.gradientAutograd']")).getText();
        assertEquals(PYTORCH_DW1, Double.parseDouble(shown), 1e-15);
        assertEquals("-0.00842148046150221", shown);
        assertTrue(browser.driver().findElement(By.cssSelector("g.edge[data-parameter=w1]")).getText()
                .contains("mismatch"), "said in words, not by colour alone");
        assertEquals("3", browser.script("return getComputedStyle(document.querySelector("
                + "'g.edge.mismatch .wire')).strokeWidth").toString().replace("px", ""));
        assertNotEquals("none", browser.script("return getComputedStyle(document.querySelector("
                + "'g.edge.mismatch .wire')).strokeDasharray"), "a distinct line style");
        WebElement picture = browser.driver().findElement(By.cssSelector(".picture"));
        browser.resize(1280, 1400);
        browser.script("arguments[0].scrollIntoView({block: 'start'})", picture);
        Files.write(SHOTS.resolve("compare-buggy.png"), picture.getScreenshotAs(OutputType.BYTES));
        browser.assertCleanAndNarrow(SHOTS.resolve("compare-buggy-390.png"));
    }

    @Test
    void theEpochControlShowsEachEpochsNumbersAsTheJsonHasThem() throws IOException {
        open("buggy5.html");
        JsonNode json = MAPPER.readTree(folder.resolve("buggy5.json").toFile());
        By w1 = By.cssSelector("g.edge[data-parameter=w1] [data-v='w1.gradientAutograd']");
        String first = browser.driver().findElement(w1).getText();
        assertEquals(json.at("/steps/0/parameters/0/gradient/autograd").asDouble(), Double.parseDouble(first));
        browser.driver().findElement(By.id("epoch")).sendKeys(Keys.ARROW_RIGHT);
        assertEquals("epoch 2 of 5", browser.driver().findElement(By.id("epoch-label")).getText());
        String second = browser.driver().findElement(w1).getText();
        assertNotEquals(first, second, "the epoch control changes the numbers shown");
        assertEquals(json.at("/steps/1/parameters/0/gradient/autograd").asText(), second);
        // autograd trains its own weights, as PyTorch does: epoch 2 is PyTorch's second step
        double pytorch = PyTorchReference.weights(PyTorchReference.pytorchCase("float64",
                "sigmoid/half-sse/given/lr1/e100").get("steps").get(1).get("gradient"))[0];
        assertEquals(pytorch, Double.parseDouble(second), 1e-15);
        assertEquals(json.at("/steps/1/loss/manual").asText(),
                browser.driver().findElement(By.cssSelector("[data-v='loss.manual']")).getText());
        assertTrue(browser.count("#loss svg path.series") == 2, "the loss curves of both sources");
        browser.assertCleanAndNarrow(SHOTS.resolve("compare-buggy5-390.png"));
    }

    @Test
    void sharedParametersAndBiasesAreDrawnOnEveryConnectionTheyFeed() throws IOException {
        open("shared.html");
        assertPicture(6, 12);
        assertEquals(2L, browser.count("g.edge[data-parameter=b1]"));
        assertTrue(browser.driver().findElement(By.cssSelector("g.edge[data-parameter=b1]")).getText()
                .contains("shared by 2"));
        assertEquals(List.of(), mismatched());
        browser.assertCleanAndNarrow(SHOTS.resolve("compare-shared-390.png"));
    }

    @Test
    void eachLayersActivationIsNamedAboveItsColumn() throws IOException {
        open("tanh.html");
        assertPicture(5, 10);
        assertEquals(List.of("tanh", "identity"), browser.script("return Array.from(document.querySelectorAll("
                + "'svg.network .layer-activation')).map(e => e.textContent)"));
        // each name is shown, above its own column's first neuron and inside the picture
        assertEquals(Boolean.TRUE, browser.script("const svg = document.querySelector('svg.network')"
                + ".getBoundingClientRect(); return Array.from(document.querySelectorAll('.layer-activation')).every(t => {"
                + " const box = t.getBoundingClientRect(); const first = document.querySelector("
                + "'g.neuron[data-neuron=' + (t.dataset.layer === '1' ? 'h1' : 'o1') + '] circle')"
                + ".getBoundingClientRect(); return box.width > 0 && box.bottom <= first.top && box.top >= svg.top"
                + " && Math.abs((box.left + box.right) / 2 - (first.left + first.right) / 2) < 1; })"));
        assertTrue(browser.driver().findElement(By.cssSelector("g.neuron[data-neuron=h1] title"))
                .getDomProperty("textContent").startsWith("h1 (tanh)"));
        browser.assertCleanAndNarrow(SHOTS.resolve("compare-tanh-390.png"));
    }

    @Test
    void theCheckPageLinksEachWrongLineToItsConnectionAndShowsTheDiagnosis() throws IOException {
        open("check.html");
        JsonNode json = MAPPER.readTree(folder.resolve("check.json").toFile());
        assertPicture(6, 8);
        assertEquals(List.of("w1", "w2", "w3", "w4"), mismatched());
        assertEquals(List.of("h1", "h2"), browser.script("return Array.from(document.querySelectorAll("
                + "'g.neuron.error-entry')).map(e => e.dataset.neuron)"));
        WebElement line14 = browser.driver().findElement(By.id("line-14"));
        assertTrue(line14.getText().contains("WRONG"));
        assertTrue(line14.getText().contains("likely: the back-propagated error δo1·w5 + δo2·w6 is replaced by "
                + "d_w5 + d_w6"), line14.getText());
        java.util.regex.Matcher autograd = java.util.regex.Pattern.compile("autograd (\\S+),")
                .matcher(line14.getText());
        assertTrue(autograd.find(), line14.getText());
        assertEquals(PYTORCH_DW1, Double.parseDouble(autograd.group(1)), 1e-15, "autograd's dL/dw1 is PyTorch's");
        assertEquals(json.at("/formulas/6/autograd").asText(), autograd.group(1), "and the JSON's, digit for digit");
        assertTrue(browser.driver().findElement(By.id("where")).getText().contains("line 14"));
        browser.resize(1600, 900);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", line14);
        new Actions(browser.driver()).moveToElement(line14).perform();
        assertTrue(browser.driver().findElement(By.cssSelector("g.edge[data-parameter=w1]")).getAttribute("class")
                .contains("hl"), "pointing at line 14 highlights w1");
        Files.write(SHOTS.resolve("check-published.png"), browser.screenshot());
        new Actions(browser.driver()).moveToElement(browser.driver().findElement(By.tagName("h1"))).perform();
        assertTrue(!browser.driver().findElement(By.cssSelector("g.edge[data-parameter=w1]")).getAttribute("class")
                .contains("hl"), "and moving away clears it");
        browser.resize(1280, 1000);
        browser.assertCleanAndNarrow(SHOTS.resolve("check-published-390.png"));
    }

    /** One circle per neuron (bias nodes are squares), one edge per connection, named by its parameter. */
    private static void assertPicture(long neurons, long connections) {
        assertEquals(neurons, browser.count("svg.network circle"), "one circle per neuron");
        assertEquals(connections, browser.count("svg.network g.edge"), "one edge per connection, biases included");
        assertEquals(Boolean.TRUE, browser.script("return Array.from(document.querySelectorAll('g.edge')).every(e => "
                + "e.querySelector('.edge-label') && e.querySelector('.edge-label').textContent.split(' ')[0] "
                + "=== e.dataset.parameter)"));
    }

    private static List<?> mismatched() {
        return (List<?>) browser.script("return Array.from(new Set(Array.from(document.querySelectorAll("
                + "'g.edge.mismatch')).map(e => e.dataset.parameter))).sort()");
    }

    private static void open(String page) {
        browser.openClean(folder.resolve(page));
    }


    private static void run(int status, String... args) {
        Cli.Result result = Cli.run(args);
        assertEquals(status, result.status(), result.out() + result.err());
    }

    private static String path(String name) {
        return folder.resolve(name).toString();
    }
}
