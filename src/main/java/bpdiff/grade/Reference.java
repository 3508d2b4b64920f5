package bpdiff.grade;

import bpdiff.BadInputException;
import bpdiff.check.SourceFiles;
import bpdiff.check.program.CheckOptions;
import bpdiff.check.program.ProgramCheck;
import bpdiff.check.program.ProgramReport;
import bpdiff.check.program.StartingWeights;
import bpdiff.program.BadProgramException;
import bpdiff.program.ProgramLimits;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code --reference solution.py}: the teacher's program, checked like a submission; it must pass (every gradient
 * right at every epoch, nothing unchecked), and then its parameters, their layers, its epochs and its first loss
 * are what every submission is graded against.
 */
public final class Reference {

    private Reference() {}

    /**
     * @param file the reference program
     * @param settings how submissions are checked (the reference is checked the same way)
     * @param points {@code --points}
     * @throws BadInputException naming {@code --reference} if it cannot be read or checked or is not right, or naming
     *     {@code --points} if that names a parameter the reference does not have
     */
    public static Expectation load(Path file, GradeSettings settings, Map<String, Double> points) {
        String text = SourceFiles.read(file);
        ProgramReport report;
        try {
            report = ProgramCheck.check(text, file.toString(), new CheckOptions(settings.precision(),
                    settings.lossName(), settings.parameters(), ProgramLimits.DEFAULT, null));
        } catch (BadProgramException e) {
            throw new BadInputException("the reference cannot be checked: " + e.problems().get(0).text(),
                    "--reference");
        }
        if (!report.passed()) {
            throw new BadInputException("the reference is not right: " + report.summary(), "--reference");
        }
        for (String name : points.keySet()) {
            if (!report.parameters().contains(name)) {
                throw new BadInputException("'" + name + "' is not a parameter of the reference (its parameters: "
                        + String.join(", ", report.parameters()) + ")", "--points");
            }
        }
        return new Expectation(file.toString(), report.parameters(), Layers.of(report.graph()), report.epochs(),
                report.loss(), report.losses().length == 0 ? Double.NaN : report.losses()[0], points,
                StartingWeights.of(report));
    }
}
