package bpdiff.check.program;

import bpdiff.diff.Tolerance;
import bpdiff.program.BadProgramException;
import bpdiff.program.run.Interpreter;
import bpdiff.program.run.RunOptions;
import bpdiff.program.run.Trace;
import bpdiff.program.syntax.Parser;
import bpdiff.program.syntax.Program;
import bpdiff.program.tape.TapeAutograd;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code bpdiff check} on a program: runs it, finds its loss, parameters and claimed derivatives, replays
 * every epoch's forward pass with autograd and finite differences, and judges and diagnoses every claim. The
 * single entry point for the command line and for anything else (an HTTP service, a test): source text and
 * options in, a {@link ProgramReport} out, or a {@link BadProgramException} with every problem and its
 * position.
 */
public final class ProgramCheck {

    private ProgramCheck() {}

    /**
     * Checks a program.
     *
     * @param text the program's text
     * @param source its file name, for positions
     * @param options how to check it
     * @return the report
     * @throws BadProgramException for syntax, name and subset errors (all of them), an error while it runs, a
     *     limit, or no loss to differentiate
     * @throws bpdiff.gradient.EngineUnavailableException if the PyTorch engine cannot start
     */
    public static ProgramReport check(String text, String source, CheckOptions options) {
        Program program = Parser.parse(text, source);
        Set<String> lossNames = options.lossName() == null ? ClaimNames.LOSS_NAMES : Set.of(options.lossName());
        Trace trace = Interpreter.run(program, new RunOptions(lossNames, ClaimNames::isWatched, options.limits(),
                options.output()));
        Findings findings = new Findings();
        Parameters parameters = Parameters.of(trace, options.parameters());
        List<String> epochNotes = new ArrayList<>();
        List<Epoch> all = Epochs.of(trace, parameters, epochNotes, options.lossName());
        epochNotes.forEach(findings::note);
        ClaimFinder.find(trace, parameters, all, findings);
        findings.finish(trace.tape(), parameters, all);
        List<Epoch> epochs = new ArrayList<>(all.stream().filter(e -> !e.claims.isEmpty()).toList());
        for (int k = 0; k < epochs.size(); k++) {
            epochs.get(k).number = k + 1;
        }
        Tolerance tolerance = Tolerance.forAutograd(options.precision());
        String engine;
        try (TapeAutograd autograd = new TapeAutograd(options.precision())) {
            engine = "PyTorch " + autograd.engineVersion();
            for (Epoch e : epochs) {
                options.checkpoint().run();
                EpochTruth.compute(e, autograd, epochs.size());
            }
        }
        List<List<Judgement>> judged = new ArrayList<>();
        Readings readings = new Readings(findings);
        for (Epoch e : epochs) {
            readings.choose(e, tolerance);
            judged.add(ProgramJudge.judge(trace.tape(), e, parameters.nodes(), tolerance));
        }
        Epoch shownFallback = epochs.isEmpty() ? all.get(0) : epochs.get(0);
        return Assembly.report(trace, parameters, epochs, judged, findings, tolerance, options.precision().id(),
                engine, shownFallback);
    }
}
