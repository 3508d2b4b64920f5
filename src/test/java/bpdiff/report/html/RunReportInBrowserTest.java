package bpdiff.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Browser;
import bpdiff.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bpdiff run}'s report.html in headless Chromium: every plot loads and scales, a 390-pixel-wide window
 * does not scroll sideways (tables scroll inside their box), nothing is logged to the console, the homework's
 * Chinese asks for a CJK font with the English beside it, coinciding curves are named, and no word of ours
 * ("seed", "Trajectory") reaches the student.
 */
@Tag("browser")
class RunReportInBrowserTest {

    @TempDir
    Path folder;

    @Test
    void theRunReportReadsWellOnAPhoneAndOnADesk() throws Exception {
        Cli.Result run = Cli.run("run", "--out", folder.toString());
        assertEquals(0, run.status(), run.out() + run.err());
        try (Browser browser = Browser.start(1280, 1000)) {
            browser.open(folder.resolve("report.html"));
            assertEquals("width=device-width, initial-scale=1", browser.script(
                    "return document.querySelector('meta[name=viewport]').content"));
            assertEquals(13L, browser.script("return document.images.length"));
            assertEquals(Boolean.TRUE, browser.script("return Array.from(document.images).every(i => i.complete && "
                    + "i.naturalWidth === 900)"), "every plot loads");
            assertEquals(List.of(), browser.consoleProblems());
            String font = (String) browser.script("return getComputedStyle(document.querySelector('p[lang=zh]'))"
                    + ".fontFamily");
            assertTrue(font.startsWith("\"Noto Sans CJK SC\""), font);
            assertEquals(Boolean.TRUE, browser.script("return Array.from(document.querySelectorAll('blockquote'))"
                    + ".every(q => q.querySelector('p[lang=zh]') && q.querySelector('em').textContent.length > 10)"),
                    "every question in Chinese has its English line");
            String text = (String) browser.script("return document.body.innerText");
            assertFalse(text.matches("(?s).*\\b(the seed|seed's|Trajectory)\\b.*"), "no word of ours");
            assertTrue(text.contains("coincide to"), "coinciding curves are named");
            browser.resize(390, 844);
            List<?> widths = (List<?>) browser.script("return [document.scrollingElement.scrollWidth, "
                    + "document.scrollingElement.clientWidth, window.innerWidth, Math.max(...Array.from("
                    + "document.images).map(i => i.getBoundingClientRect().right))]");
            assertEquals(390L, ((Number) widths.get(2)).longValue());
            assertTrue(((Number) widths.get(0)).longValue() <= ((Number) widths.get(1)).longValue(),
                    "no sideways scroll at 390 px: " + widths);
            assertTrue(((Number) widths.get(3)).doubleValue() <= 390, "plots scale: " + widths);
            Files.createDirectories(Path.of("target", "browser"));
            Files.write(Path.of("target", "browser", "run-report-390.png"), browser.screenshot());
        }
    }
}
