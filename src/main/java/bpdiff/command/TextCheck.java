package bpdiff.command;

import bpdiff.check.CheckReport;
import bpdiff.check.Derivation;
import bpdiff.check.DerivationChecker;
import bpdiff.check.DerivationParser;
import bpdiff.check.program.CheckOptions;
import bpdiff.check.program.ProgramCheck;
import bpdiff.diff.Tolerance;
import bpdiff.gradient.DjlAutograd;
import bpdiff.gradient.FiniteDifferences;
import bpdiff.gradient.GradientSource;
import bpdiff.gradient.Precision;
import bpdiff.network.NetworkSpec;
import bpdiff.program.notebook.NotebookProgram;

/**
 * {@code bpdiff check}: a student's text checked against PyTorch autograd, whoever asks (the command line with a
 * file's text, the server with a request's). A program runs in bpdiff's restricted interpreter and every gradient it
 * computes is checked at every epoch of its loop ({@link ProgramCheck}); a formula list is checked on the network's
 * names ({@link DerivationChecker}). A Jupyter notebook ({@code .ipynb}) is a program: its code cells, in order
 * ({@link NotebookProgram}).
 */
public final class TextCheck {

    private TextCheck() {}

    /**
     * Checks a text.
     *
     * @param text the program or formula list
     * @param source its name in messages and in the report, e.g. its file; a name ending in {@code .ipynb} makes the
     *     text a notebook's JSON
     * @param settings how to check it
     * @return the outcome and its renderings
     * @throws bpdiff.program.BadProgramException for a program that cannot be checked, with every problem in it
     * @throws bpdiff.BadInputException for a formula list or an option that cannot be used
     * @throws bpdiff.gradient.EngineUnavailableException if the PyTorch engine cannot start
     * @throws RuntimeException what the settings' {@link Watch} throws
     */
    public static CheckOutcome run(String text, String source, CheckSettings settings) {
        if (NotebookProgram.isNotebook(source)) {
            return notebook(text, source, settings);
        }
        return settings.readsAsProgram(text) ? program(text, source, settings) : formulas(text, source, settings);
    }

    private static CheckOutcome notebook(String json, String source, CheckSettings settings) {
        NotebookProgram notebook = NotebookProgram.read(json, source);
        settings.network().refuseForProgram();
        return new ProgramOutcome(ProgramCheck.check(notebook, options(settings)), notebook.text());
    }

    private static CheckOptions options(CheckSettings settings) {
        return new CheckOptions(settings.network().precision(), settings.lossName(), settings.parameters(),
                settings.limits(), settings.output(), settings.watch()::check);
    }

    private static CheckOutcome program(String text, String source, CheckSettings settings) {
        settings.network().refuseForProgram();
        return new ProgramOutcome(ProgramCheck.check(text, source, options(settings)), text);
    }

    private static CheckOutcome formulas(String text, String source, CheckSettings settings) {
        Derivation derivation = DerivationParser.parse(text, source);
        NetworkSpec network = settings.network().spec();
        Precision precision = settings.network().precision();
        DerivationChecker.validate(derivation, network);
        int epochs = settings.network().epochsOr(1);
        NetworkSpec firstSample = DerivationChecker.firstSample(network);
        Watch watch = settings.watch();
        CheckReport report;
        try (DjlAutograd autograd = new DjlAutograd(firstSample, precision);
                DjlAutograd trainer = firstSample == network ? null : new DjlAutograd(network, precision, false)) {
            GradientSource watched = watch.watch(autograd);
            report = new DerivationChecker(network, watched, watch.watch(new FiniteDifferences(firstSample)),
                    trainer == null ? watched : watch.watch(trainer), Tolerance.forAutograd(precision), precision.id())
                    .check(derivation, epochs);
        }
        return new FormulaOutcome(report, network);
    }
}
