package bpdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.experiment.About;
import bpdiff.experiment.ClosableSource;
import bpdiff.experiment.Experiment;
import bpdiff.experiment.Experiments;
import bpdiff.experiment.Finding;
import bpdiff.experiment.Lab;
import bpdiff.experiment.Question;
import bpdiff.experiment.Section;
import bpdiff.experiment.Setup;
import bpdiff.experiment.Sources;
import bpdiff.gradient.Evaluation;
import bpdiff.gradient.GradientSource;
import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.Precision;
import bpdiff.network.NetworkSpec;
import bpdiff.testing.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bpdiff run} end to end: exit statuses, the report folder, determinism, and failures named. */
class RunCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void theFullRunHoldsAndWritesTheReport() throws IOException {
        Cli.Result result = Cli.run("run", "--out", folder.toString());
        assertEquals(ExitCode.SAME, result.status(), result.out() + result.err());
        assertTrue(result.out().contains("All ") && result.out().contains("expected findings hold."), result.out());
        for (String file : List.of("report.md", "report.html", "results.json", "plots/relu-loss.png",
                "plots/step-and-epochs-loss.png")) {
            assertTrue(Files.size(folder.resolve(file)) > 0, file);
        }
        String html = Files.readString(folder.resolve("report.html"));
        assertTrue(html.contains("src=\"data:image/png;base64,iVBOR"), "plots embedded as PNG data URIs");
        assertTrue(html.contains("激活函数Sigmoid改变为Relu"), "the homework's question in Chinese");
        JsonNode json = MAPPER.readTree(folder.resolve("results.json").toFile());
        assertEquals("bpdiff.run/1", json.get("schema").asText());
        assertEquals(12, json.get("experiments").size());
        assertTrue(json.get("timings").has("methods"));
        assertTrue(json.get("environment").get("pytorch").asText().startsWith("2."));
        assertTrue(result.err().contains("step-and-epochs: step 100"), "progress on standard error");
    }

    @Test
    void twoRunsDifferOnlyInTimings() throws IOException {
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");
        assertEquals(ExitCode.SAME, Cli.run("run", "--only", "methods,relu,zero-init", "--out", first.toString()).status());
        assertEquals(ExitCode.SAME, Cli.run("run", "--only", "methods,relu,zero-init", "--out", second.toString()).status());
        String a = Files.readString(first.resolve("results.json"));
        String b = Files.readString(second.resolve("results.json"));
        int timings = a.indexOf("\"timings\"");
        assertTrue(timings > 0);
        assertEquals(a.substring(0, timings), b.substring(0, b.indexOf("\"timings\"")));
    }

    @Test
    void plotsOfAnEarlierRunAreRemoved() throws IOException {
        Path stale = folder.resolve("plots/relu-loss.png");
        Files.createDirectories(stale.getParent());
        Files.write(stale, new byte[] {1});
        assertEquals(ExitCode.SAME, Cli.run("run", "--only", "lecture", "--out", folder.toString()).status());
        assertTrue(Files.notExists(stale), "a plot this run did not draw is gone");
        assertTrue(Files.size(folder.resolve("plots/lecture-gradients.png")) > 0);
    }

    @Test
    void listNamesEveryExperiment() {
        Cli.Result result = Cli.run("run", "--list");
        assertEquals(ExitCode.SAME, result.status());
        for (Experiment e : Experiments.all()) {
            assertTrue(result.out().contains(e.id() + " "), e.id());
        }
    }

    @Test
    void anUnknownIdIsExitTwoNamingIt() {
        Cli.Result result = Cli.run("run", "--only", "lecture,relux", "--out", folder.toString());
        assertEquals(ExitCode.BAD_INPUT, result.status());
        assertTrue(result.err().contains("'relux'"), result.err());
        assertEquals(1, result.err().lines().count(), "one line, no stack trace");
    }

    @Test
    void aBrokenSourceIsExitOneNamingTheExperiments() {
        Sources real = Sources.standard();
        Sources broken = new Sources() {
            @Override
            public GradientSource hand(HandDerivation derivation, NetworkSpec spec) {
                // a hand derivation that forgets the ½ of ½Σ(o−y)²: every gradient twice too large
                GradientSource hand = real.hand(derivation, spec);
                return new GradientSource() {
                    @Override
                    public String name() {
                        return hand.name();
                    }

                    @Override
                    public Evaluation evaluate(double[] weights) {
                        Evaluation e = hand.evaluate(weights);
                        double[] g = e.gradient().clone();
                        for (int p = 0; p < g.length; p++) {
                            g[p] *= 2;
                        }
                        return new Evaluation(e.loss(), g, e.forward(), e.neuronGradient(), e.unreliable());
                    }
                };
            }

            @Override
            public ClosableSource autograd(NetworkSpec spec,
                    Precision precision, boolean neuronGradients) {
                return real.autograd(spec, precision, neuronGradients);
            }

            @Override
            public GradientSource numeric(NetworkSpec spec) {
                return real.numeric(spec);
            }
        };
        Run run = execute(new RunCommand(() -> broken, Experiments.all()), "--only", "corrected", "--out", folder.toString());
        assertEquals(ExitCode.DIFFERENT, run.status(), run.out());
        assertTrue(run.out().contains("FAILED corrected/three-way"), run.out());
    }

    /** What the always-wrong experiment measures: one number that is not two. */
    record One(int one) {}

    @Test
    void aBrokenExpectationIsExitOneNamingIt() {
        Experiment<One> failing = new Experiment<>() {
            @Override
            public About about() {
                return About.of("always-wrong", "Always wrong", "an expectation that cannot hold",
                        new Question(0, "测试", "test"));
            }

            @Override
            public Setup setup(Precision dtype) {
                return new Setup("none", List.of());
            }

            @Override
            public One measure(Lab lab) {
                return new One(1);
            }

            @Override
            public Section report(One measured, Precision dtype) {
                return new Section(List.of(), List.of(), List.of(Finding.of("one-is-two", "1 = 2", false, measured)),
                        "It is not.");
            }
        };
        Run run = execute(new RunCommand(Sources::standard, List.of(failing)), "--out", folder.toString());
        assertEquals(ExitCode.DIFFERENT, run.status());
        assertTrue(run.out().contains("FAILED always-wrong/one-is-two"), run.out());
    }

    private record Run(int status, String out, String err) {}

    private static Run execute(RunCommand command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int status = commandLine.execute(args);
        return new Run(status, out.toString(), err.toString());
    }
}
