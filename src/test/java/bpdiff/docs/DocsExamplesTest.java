package bpdiff.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import bpdiff.docs.DocExamples.Block;
import bpdiff.docs.DocExamples.Command;
import bpdiff.docs.DocsRunner.Printed;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example of README.md and docs/*.md prints what the document shows: each {@code ```text} block whose first
 * line is {@code $ bpdiff …} is run, in document order, in one folder where {@code examples/},
 * {@code reference-results/} and {@code docs/} are the project's, and each command's output is held to the lines
 * shown after it ({@link ShownOutput}: only {@code …} elides); {@code $ echo $?} holds the exit status. A block that
 * cannot run here (a server, a long run) says why in a {@code <!-- not run: reason -->} line above it.
 */
class DocsExamplesTest {

    /** The project's folders an example may name. */
    private static final List<String> LINKED = List.of("examples", "reference-results", "docs");
    /** More than this many blocks left out would make the documents' examples mostly untested. */
    private static final int MOST_NOT_RUN = 12;

    @TempDir
    Path folder;

    @TestFactory
    Stream<DynamicTest> everyExampleOfTheDocumentsPrintsWhatItShows() throws Exception {
        List<Block> blocks = blocks();
        List<List<String>> commands = new ArrayList<>();
        for (Block b : blocks) {
            if (b.notRun() == null) {
                for (Command c : b.commands()) {
                    if (ShellLine.parse(c.text()) instanceof ShellLine.Bpdiff run) {
                        commands.add(run.args());
                    }
                }
            }
        }
        List<Printed> printed = runAll(commands);
        List<DynamicTest> tests = new ArrayList<>();
        int next = 0;
        for (Block b : blocks) {
            if (b.notRun() != null) {
                continue;
            }
            List<Printed> own = new ArrayList<>();
            for (Command c : b.commands()) {
                if (ShellLine.parse(c.text()) instanceof ShellLine.Bpdiff) {
                    own.add(printed.get(next++));
                }
            }
            tests.add(DynamicTest.dynamicTest(b.where() + " $ " + b.commands().get(0).text(), () -> check(b, own)));
        }
        return tests.stream();
    }

    @Test
    void theBlocksLeftOutSayWhyAndAreFew() throws IOException {
        List<Block> notRun = blocks().stream().filter(b -> b.notRun() != null).toList();
        assertTrue(notRun.size() <= MOST_NOT_RUN, "blocks not run: " + notRun.stream().map(Block::where).toList());
        List<Block> run = blocks().stream().filter(b -> b.notRun() == null).toList();
        assertTrue(run.size() >= 3 * notRun.size(), run.size() + " run, " + notRun.size() + " not");
    }

    /** Holds one block's commands to what it shows. */
    private static void check(Block block, List<Printed> printed) {
        int k = 0;
        Integer status = null;
        for (Command c : block.commands()) {
            String where = block.where() + " $ " + c.text();
            ShellLine line = ShellLine.parse(c.text());
            if (line instanceof ShellLine.Unsupported no) {
                fail(where + ": cannot be run by the test (" + no.why() + "); show it in a ```sh block, or mark the"
                        + " block <!-- not run: reason -->");
            } else if (line instanceof ShellLine.EchoStatus) {
                assertTrue(status != null, where + ": no bpdiff command before it, or one piped into tail (whose"
                        + " status a shell would show)");
                assertEquals(List.of(String.valueOf(status)), c.shown(), where + ": the exit status");
            } else if (line instanceof ShellLine.Bpdiff run) {
                Printed p = printed.get(k++);
                status = run.tail() < 0 ? p.status() : null;
                String text = run.tail() < 0
                        ? run.showsErrors() ? p.terminal() : p.out()
                        : (run.showsErrors() ? p.err() : "") + tail(p.out(), run.tail());
                String mismatch = ShownOutput.mismatch(c.shown(), text);
                if (mismatch != null) {
                    fail(where + ": " + mismatch + " (exit status " + p.status() + "); printed:\n" + text);
                }
            }
        }
    }

    private static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** The example blocks of README.md and of every document in docs/, in that order. */
    static List<Block> blocks() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        List<Block> blocks = new ArrayList<>();
        for (Path d : documents) {
            blocks.addAll(DocExamples.of(d.toString(), Files.readString(d, StandardCharsets.UTF_8)));
        }
        return blocks;
    }

    /** Runs the commands in a child JVM whose working folder is the temporary one, with the project's folders in it. */
    private List<Printed> runAll(List<List<String>> commands) throws IOException, InterruptedException {
        for (String name : LINKED) {
            Files.createSymbolicLink(folder.resolve(name), Path.of(name).toAbsolutePath());
        }
        ObjectMapper json = new ObjectMapper();
        Path requests = folder.resolve("commands.json");
        Path results = folder.resolve("printed.json");
        json.writeValue(requests.toFile(), commands);
        try {
            return runIn(folder, requests, results, json);
        } finally {
            for (String name : LINKED) {
                Files.delete(folder.resolve(name));
            }
        }
    }

    private static List<Printed> runIn(Path folder, Path requests, Path results, ObjectMapper json)
            throws IOException, InterruptedException {
        Process child = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dai.djl.offline=true",
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                        "-Dorg.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils=off",
                        "-cp", System.getProperty("java.class.path"),
                        DocsRunner.class.getName(), requests.toString(), results.toString()))
                .directory(folder.toFile())
                .redirectOutput(folder.resolve("child.out").toFile())
                .redirectError(folder.resolve("child.err").toFile())
                .start();
        if (!child.waitFor(20, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            fail("the documents' commands did not finish within 20 minutes");
        }
        if (child.exitValue() != 0 || !Files.exists(results)) {
            fail("the runner failed (" + child.exitValue() + "): " + Files.readString(folder.resolve("child.err")));
        }
        return json.readValue(results.toFile(), new TypeReference<List<Printed>>() { });
    }
}
