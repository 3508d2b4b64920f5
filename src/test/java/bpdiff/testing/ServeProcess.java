package bpdiff.testing;

import bpdiff.cli.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bpdiff serve} in a child JVM, as a user starts it, on a free port of 127.0.0.1: its address, its
 * resident memory ({@code VmRSS} of {@code /proc/<pid>/status}), and a stop by SIGTERM. The heap is fixed
 * ({@code -Xms = -Xmx}, pre-touched), so that a change of resident memory is native memory, not the heap
 * growing.
 */
public final class ServeProcess implements AutoCloseable {

    private static final Pattern ADDRESS = Pattern.compile("bpdiff serve: (http://127\\.0\\.0\\.1:\\d+/)");

    private final Process process;
    private final Path out;
    private final Path err;
    private final URI uri;

    private ServeProcess(Process process, Path out, Path err, URI uri) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.uri = uri;
    }

    /**
     * Starts the server and waits until it listens.
     *
     * @param folder where its output goes
     * @param options options of {@code bpdiff serve} besides {@code --port 0}
     * @return the running server
     */
    public static ServeProcess start(Path folder, String... options) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--port", "0"));
        command.addAll(Arrays.asList(options));
        Path out = folder.resolve("serve-out.txt");
        Path err = folder.resolve("serve-err.txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            for (int tries = 0; tries < 1200; tries++) {
                Matcher m = ADDRESS.matcher(Files.readString(out, StandardCharsets.UTF_8));
                if (m.find()) {
                    return new ServeProcess(process, out, err, URI.create(m.group(1)));
                }
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(100);
            }
            process.destroyForcibly();
            throw new AssertionError("bpdiff serve did not start: " + Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** @return the page's address */
    public URI uri() {
        return uri;
    }

    /** @return the process's resident memory in KiB, from {@code /proc/<pid>/status} */
    public long residentKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no VmRSS in /proc/" + process.pid() + "/status");
    }

    /**
     * Sends SIGTERM (what Ctrl-C and a service manager send) and waits for the exit.
     *
     * @return the exit status
     */
    public int terminate() {
        process.destroy();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("bpdiff serve did not stop within 120 s of SIGTERM");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return process.exitValue();
    }

    /** @return what it printed on standard output */
    public String out() {
        return read(out);
    }

    /** @return what it printed on standard error */
    public String err() {
        return read(err);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
