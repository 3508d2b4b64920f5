package bpdiff.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Browser;
import bpdiff.testing.Cli;
import bpdiff.testing.PyTorchReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The pages of {@code check PROGRAM --format html} in headless Chromium: the published homework program has
 * exactly its lines 40–43 (d_w1–d_w4) wrong, with the {@code d_w5 + d_w6} diagnosis, and exactly the nodes w1–w4
 * and the edges out of them marked in its computation graph; the corrected program is all green; the matrix-form
 * lecture program's graph is drawn with PyTorch's gradients; the epoch control changes the claims shown; nothing
 * is logged to the console and a 390-pixel-wide window does not scroll sideways. The gradients on the pages are
 * held to {@code reference-results/programs/} (the programs run by CPython, differentiated by PyTorch).
 */
@Tag("browser")
class ProgramPagesInBrowserTest {

    private static final Path SHOTS = Path.of("target", "browser");

    @TempDir
    static Path folder;

    private static Browser browser;

    @BeforeAll
    static void pages() throws IOException {
        run(1, "check", "examples/programs/homework2-published.py", "--format", "html", "--out", path("published.html"));
        run(0, "check", "examples/programs/homework2-corrected.py", "--format", "html", "--out", path("corrected.html"));
        run(0, "check", "examples/programs/lecture-matrix.py", "--format", "html", "--out", path("matrix.html"));
        run(1, "check", "examples/programs/mistake-missing-gradient.py", "--format", "html", "--out",
                path("missing.html"));
        Path five = folder.resolve("published-5.py");
        String published = Files.readString(Path.of("examples/programs/homework2-published.py"));
        Files.writeString(five, published.replace("N = 1 ", "N = 5 "));
        run(1, "check", five.toString(), "--format", "html", "--out", path("published-5.html"));
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
    void thePublishedProgramHasExactlyDw1ToDw4WrongOnItsLinesAndInItsGraph() throws IOException {
        open("published.html");
        assertEquals(List.of("line-40", "line-41", "line-42", "line-43"), ids("ol.program > li.wrong"));
        assertEquals(4L, browser.count(".claim.wrong"));
        assertEquals(6L, browser.count(".claim.right"), "d_o1, d_o2, d_w5..d_w8 match");
        assertEquals(List.of("w1", "w2", "w3", "w4"), names("g.gnode.mismatch"));
        assertEquals(List.of("out_o1", "out_o2", "w5", "w6", "w7", "w8"), names("g.gnode.match"));
        // the marked edges are exactly those out of w1..w4: the ways their wrong gradients flow back
        assertEquals(Boolean.TRUE, browser.script("var wrong = Array.from(document.querySelectorAll('g.gnode.mismatch'))"
                + ".map(g => g.dataset.node); var marked = Array.from(document.querySelectorAll('g.gedge.mismatch'));"
                + "var out = Array.from(document.querySelectorAll('g.gedge')).filter(e => wrong.indexOf(e.dataset.from)"
                + " >= 0); return marked.length === 4 && marked.length === out.length && marked.every(e => "
                + "wrong.indexOf(e.dataset.from) >= 0)"));
        assertNotEquals("none", browser.script("return getComputedStyle(document.querySelector("
                + "'g.gedge.mismatch path')).strokeDasharray"), "a distinct line style, not colour alone");
        WebElement line40 = browser.driver().findElement(By.id("line-40"));
        assertTrue(line40.getText().contains("✗ WRONG"), line40.getText());
        assertTrue(line40.getText().contains("is replaced by d_w5 + d_w6: the weights w5, w6 are missing"),
                line40.getText());
        assertTrue(browser.driver().findElement(By.cssSelector("g.gnode[data-name=w1]")).getText().contains("✗ yours l. 40"));
        // the numbers: autograd's dL/dw1 is PyTorch's, on the line and in the graph
        double pytorch = reference("homework2-published").at("/gradients/w1").asDouble();
        Matcher autograd = Pattern.compile("autograd (\\S+),").matcher(line40.getText());
        assertTrue(autograd.find(), line40.getText());
        assertEquals(pytorch, Double.parseDouble(autograd.group(1)), 1e-12);
        assertEquals(pytorch, tooltipNumber("g.gnode[data-name=w1]", "autograd"), 1e-12);
        assertTrue(browser.driver().findElement(By.id("where")).getText().contains("line 40"));
        // pointing at line 40 highlights w1 and the edge out of it; moving away clears it
        browser.resize(1400, 820);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", line40);
        new Actions(browser.driver()).moveToElement(line40).perform();
        assertEquals(List.of("w1"), names("g.gnode.hl"));
        assertEquals(1L, browser.count("g.gedge.hl"));
        new Actions(browser.driver()).moveToElement(browser.driver().findElement(By.tagName("h1"))).perform();
        assertEquals(0L, browser.count("g.gnode.hl"), "moving away clears it");
        // a click pins it: docs/pages.md's picture, line 40 beside w1 in the graph
        line40.click();
        new Actions(browser.driver()).moveToElement(browser.driver().findElement(By.tagName("h1"))).perform();
        assertEquals(List.of("w1"), names("g.gnode.hl"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", line40);
        Files.write(SHOTS.resolve("check-program.png"), browser.screenshot());
        line40.click();
        browser.assertCleanAndNarrow(SHOTS.resolve("check-program-390.png"));
    }

    @Test
    void theCorrectedProgramIsAllGreen() throws IOException {
        open("corrected.html");
        assertEquals(10L, browser.count(".claim.right"));
        assertEquals(0L, browser.count(".claim.wrong, ol.program > li.wrong, ol.program > li.unchecked, g.gnode.mismatch, "
                + "g.gedge.mismatch"));
        assertEquals(List.of("out_o1", "out_o2", "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8"),
                names("g.gnode.match"));
        assertTrue(browser.driver().findElement(By.cssSelector("p.verdict.ok")).getText().startsWith("All match"));
        double pytorch = reference("homework2-corrected").at("/gradients/w1").asDouble();
        assertEquals(pytorch, tooltipNumber("g.gnode[data-name=w1]", "autograd"), 1e-12);
        browser.assertCleanAndNarrow(SHOTS.resolve("check-corrected-390.png"));
    }

    @Test
    void theMatrixFormProgramsGraphIsDrawnOneNodePerArrayOperation() throws IOException {
        open("matrix.html");
        // z1 = W1 @ x, sigmoid's four operations (-, exp, 1 +, 1 /), z2 = W2 @ a1 and four more, a2 - y, ** 2,
        // np.sum, 0.5 *: 14 operations on whole arrays, and the leaves W1, W2, x, y
        assertEquals(18L, browser.count("svg.graph g.gnode"));
        assertEquals(List.of("W1", "W2"), names("g.gnode.parameter"));
        assertTrue(browser.count("svg.graph g.gedge path") >= 17, "every operation is joined to its inputs");
        assertTrue(browser.driver().findElement(By.cssSelector("g.gnode[data-name=W1]")).getText().contains("(2×2)"));
        JsonNode truth = reference("lecture-matrix").at("/gradients/W1");
        String tooltip = title("g.gnode[data-name=W1]");
        Matcher m = Pattern.compile("autograd \\[\\[(\\S+), (\\S+)], \\[(\\S+), (\\S+)]]").matcher(tooltip);
        assertTrue(m.find(), tooltip);
        for (int k = 0; k < 4; k++) {
            assertEquals(truth.get(k / 2).get(k % 2).asDouble(), Double.parseDouble(m.group(k + 1)), 1e-12, tooltip);
        }
        assertEquals(List.of("line-27", "line-28", "line-29", "line-30"), ids("ol.program > li.right"),
                "delta2, dW2, delta1, dW1");
        browser.assertCleanAndNarrow(SHOTS.resolve("check-matrix-390.png"));
    }

    @Test
    void whatWasNotCheckedIsShownAsSuchOnItsLineAndInTheGraph() throws IOException {
        open("missing.html");
        assertEquals(List.of("line-23"), ids("ol.program > li.unchecked"));
        assertTrue(browser.driver().findElement(By.id("line-23")).getText().contains("NOT CHECKED w4 looks like a "
                + "parameter"));
        assertTrue(browser.driver().findElement(By.cssSelector("ul.not-checked")).getText().startsWith("NOT CHECKED"));
        assertEquals(List.of("w4"), names("g.gnode.unchecked"));
        assertTrue(browser.driver().findElement(By.cssSelector("g.gnode.unchecked")).getText().contains("NOT CHECKED"));
        assertEquals(0L, browser.count(".claim.wrong"), "nothing is wrong, and still the check does not pass");
        assertTrue(browser.driver().findElement(By.cssSelector("p.verdict.bad")).getText().startsWith("Not passed"));
        browser.assertCleanAndNarrow(SHOTS.resolve("check-missing-390.png"));
    }

    @Test
    void theEpochControlShowsEachEpochsClaims() throws IOException {
        open("published-5.html");
        WebElement label = browser.driver().findElement(By.id("epoch-label"));
        assertEquals("epoch 1 of 5", label.getText());
        By student = By.cssSelector("#line-40 [data-v$='.student']");
        String first = browser.driver().findElement(student).getText();
        String loss = browser.driver().findElement(By.cssSelector("[data-v=loss]")).getText();
        browser.driver().findElement(By.id("epoch")).sendKeys(Keys.ARROW_RIGHT);
        assertEquals("epoch 2 of 5", label.getText());
        assertNotEquals(first, browser.driver().findElement(student).getText(), "the slider changes the claims shown");
        assertNotEquals(loss, browser.driver().findElement(By.cssSelector("[data-v=loss]")).getText());
        assertEquals(4L, browser.count(".claim.wrong"), "d_w1..d_w4 are wrong at epoch 2 too");
        assertEquals(1L, browser.count("#loss svg path.series"), "the program's loss curve");
        browser.assertCleanAndNarrow(SHOTS.resolve("check-program-epochs-390.png"));
    }

    /** The PyTorch reference of an example program's first epoch. */
    private static JsonNode reference(String program) {
        return PyTorchReference.read("reference-results/programs/" + program + ".json").get("losses").get(0);
    }

    private static String title(String css) {
        return (String) browser.script("return document.querySelector(arguments[0]).querySelector('title')"
                + ".textContent", css);
    }

    /** A number from a node's tooltip, e.g. {@code autograd} in "∂L/∂w1 autograd -0.008421480462". */
    private static double tooltipNumber(String css, String what) {
        String tooltip = title(css);
        Matcher m = Pattern.compile(" " + what + " (\\S+)").matcher(tooltip);
        assertTrue(m.find(), tooltip);
        return Double.parseDouble(m.group(1));
    }

    private static List<?> names(String css) {
        return (List<?>) browser.script("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(e => e.dataset.name).sort()", css);
    }

    private static List<?> ids(String css) {
        return (List<?>) browser.script("return Array.from(document.querySelectorAll(arguments[0])).map(e => e.id)",
                css);
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
