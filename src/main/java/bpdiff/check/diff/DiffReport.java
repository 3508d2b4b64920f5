package bpdiff.check.diff;

import java.util.List;

/**
 * {@code bpdiff diff}: two programs compared, epoch by epoch. Plain data for the text, JSON, Markdown, JUnit and
 * HTML renderings.
 *
 * @param sourceA program A's file
 * @param sourceB program B's file
 * @param dtype autograd's precision
 * @param engine the engine and its version
 * @param lossA A's loss variable
 * @param lossB B's
 * @param epochsA the epochs A ran
 * @param epochsB the epochs B ran
 * @param lossesA A's loss at each epoch
 * @param lossesB B's
 * @param loss the losses compared
 * @param forward the forward passes compared at epoch 1, or {@code null} when a program shows another epoch
 * @param parameters the parameters both have (or {@code --map} pairs), compared
 * @param onlyA parameters only A has (or whose gradient A never computes)
 * @param onlyB parameters only B has
 * @param float32 whether either program computes in float32 (the comparison's tolerance is then float32's)
 * @param checkA program A's own check (its computation graph, its claims)
 * @param checkB program B's
 */
public record DiffReport(String sourceA, String sourceB, String dtype, String engine, String lossA, String lossB,
        int epochsA, int epochsB, double[] lossesA, double[] lossesB, LossComparison loss, ForwardComparison forward,
        List<ComparedParameter> parameters, List<String> onlyA, List<String> onlyB, boolean float32,
        bpdiff.check.program.ProgramReport checkA, bpdiff.check.program.ProgramReport checkB) {

    /** Makes the lists unmodifiable. */
    public DiffReport {
        parameters = List.copyOf(parameters);
        onlyA = List.copyOf(onlyA);
        onlyB = List.copyOf(onlyB);
    }

    /** @return the epochs compared: those both programs ran */
    public int epochs() {
        return Math.min(epochsA, epochsB);
    }

    /** @return the parameters that differ at some epoch */
    public List<ComparedParameter> differing() {
        return parameters.stream().filter(ComparedParameter::differs).toList();
    }

    /**
     * @return whether the programs are the same: as many epochs, the same losses, the same parameters, and every
     *     gradient and updated weight the same at every epoch
     */
    public boolean same() {
        return epochsA == epochsB && loss.equal() && onlyA.isEmpty() && onlyB.isEmpty() && differing().isEmpty()
                && !parameters.isEmpty() && (forward == null || forward.firstDifferent() == null);
    }

    /** @return the first epoch anything differs at, −1 if none */
    public int firstDifferentEpoch() {
        int first = loss.firstDifferent();
        for (ComparedParameter p : parameters) {
            if (p.differs() && (first < 0 || p.firstDifferent() < first)) {
                first = p.firstDifferent();
            }
        }
        return first;
    }
}
