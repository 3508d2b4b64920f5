package bpdiff.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real browser for the page tests: Debian's headless Chromium driven by Selenium through Debian's
 * chromedriver, both named by path, so that Selenium never looks for (or downloads) a driver or a browser.
 * Each browser has a fresh profile folder, removed on {@link #close()}; the network features Chromium would
 * use on its own are off, and the pages need none.
 */
public final class Browser implements AutoCloseable {

    /** Debian's {@code chromium} package. */
    public static final String CHROMIUM = "/usr/bin/chromium";
    /** Debian's {@code chromium-driver} package. */
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** Held, so that its level is not lost when the logger is collected. */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts Chromium with a window of the given size.
     *
     * @param width the window width in CSS pixels
     * @param height the window height
     * @return the browser
     */
    public static Browser start(int width, int height) {
        // Selenium Manager is only consulted when no driver path is known; both are given, and it is told to
        // stay offline should anything ask it
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        System.setProperty("SE_OFFLINE", "true");
        // the pages need no DevTools protocol; Selenium would only warn that it has none for this Chromium
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
        Path profile;
        try {
            profile = Files.createTempDirectory("bpdiff-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, profile);
    }

    /** @return the driver */
    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Opens a file.
     *
     * @param file a page on disk
     */
    public void open(Path file) {
        driver.get(file.toUri().toString());
    }

    /**
     * Runs a script in the page.
     *
     * @param script JavaScript with a {@code return}
     * @param args its {@code arguments}
     * @return what it returned
     */
    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * The console messages at level warning or above since the last call (errors, failed loads, CSP
     * violations), each as {@code LEVEL message}.
     *
     * @return the messages
     */
    public List<String> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::toString).toList();
    }

    /**
     * Waits until a condition holds in the page.
     *
     * @param condition a JavaScript expression
     * @param longest how long to wait at most
     * @throws AssertionError if it does not hold in time
     */
    public void waitFor(String condition, Duration longest) {
        long end = System.nanoTime() + longest.toNanos();
        while (!Boolean.TRUE.equals(script("return Boolean(" + condition + ")"))) {
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("not within " + longest.toSeconds() + " s: " + condition);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * Resizes the window.
     *
     * @param width CSS pixels
     * @param height CSS pixels
     */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /**
     * A screenshot of the viewport.
     *
     * @return PNG bytes
     */
    public byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /**
     * Opens a page afresh at 1280 × 1000, with the console messages of earlier pages (and of a first load)
     * dropped, so that {@link #consoleProblems()} then holds this page's own.
     *
     * @param page a page on disk
     */
    public void openClean(Path page) {
        resize(1280, 1000);
        open(page);
        consoleProblems();
        open(page);
    }

    /**
     * @param css a CSS selector
     * @return how many elements of the page it selects
     */
    public long count(String css) {
        return driver.findElements(org.openqa.selenium.By.cssSelector(css)).size();
    }

    /**
     * Checks that a page has no console problems, and that at a 390-pixel-wide window it does not scroll
     * sideways; keeps a screenshot at that width, then goes back to 1280 × 1000.
     *
     * @param shot where the screenshot goes
     * @throws IOException if it cannot be written
     */
    public void assertCleanAndNarrow(Path shot) throws IOException {
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), consoleProblems());
        resize(390, 844);
        List<?> w = (List<?>) script("return [document.scrollingElement.scrollWidth, "
                + "document.scrollingElement.clientWidth, window.innerWidth]");
        org.junit.jupiter.api.Assertions.assertEquals(390L, ((Number) w.get(2)).longValue(),
                "the window is 390 px wide");
        org.junit.jupiter.api.Assertions.assertTrue(((Number) w.get(0)).longValue() <= ((Number) w.get(1)).longValue(),
                "no sideways scroll: " + w);
        Files.createDirectories(shot.toAbsolutePath().getParent());
        Files.write(shot, screenshot());
        resize(1280, 1000);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a profile folder left in /tmp is harmless
            }
        }
    }
}
