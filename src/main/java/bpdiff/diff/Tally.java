package bpdiff.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a comparison remembers of the epochs it has compared, in space that does not grow with their number: which
 * parameters mismatched, the first mismatching epoch, each parameter's first mismatch, how many epochs were compared,
 * and what the referee said. It is all the {@link Summary} and the reports need once the epochs themselves have been
 * streamed out.
 */
public final class Tally {

    /** Keyed by the parameters that mismatched, in the order found: also the summary's list of them. */
    private final Map<String, FirstMismatch> firstMismatches = new LinkedHashMap<>();
    private StepDiff firstMismatching;
    private int compared;
    /** Parameter values (a parameter at an epoch) finite differences could referee, and of those, disagreed on. */
    private int refereed;
    private int refereeDisagreed;
    /** Parameter values finite differences could not referee (a kink, a clamp, a saturation). */
    private int unrefereed;

    /**
     * One parameter's first mismatch.
     *
     * @param epoch the epoch, from 1
     * @param diff the parameter's comparison there
     */
    public record FirstMismatch(int epoch, ParameterDiff diff) {}

    /**
     * Counts one compared epoch; epochs come in order.
     *
     * @param step the epoch's comparison
     */
    public void add(StepDiff step) {
        compared++;
        for (ParameterDiff p : step.parameters()) {
            if (p.verdict() == Verdict.MISMATCH) {
                firstMismatches.putIfAbsent(p.name(), new FirstMismatch(step.epoch(), p));
                if (firstMismatching == null) {
                    firstMismatching = step;
                }
            }
            switch (p.numericSidesWith()) {
                case UNRELIABLE -> unrefereed++;
                case BOTH -> refereed++;
                default -> {
                    refereed++;
                    refereeDisagreed++;
                }
            }
        }
    }

    /** @return the first epoch with a mismatching parameter, or {@code null} */
    StepDiff firstMismatching() {
        return firstMismatching;
    }

    /** @return how many epochs were compared */
    public int compared() {
        return compared;
    }

    /** @return the first mismatch of each parameter that mismatched, by name, in the order found */
    public Map<String, FirstMismatch> firstMismatches() {
        return firstMismatches;
    }

    /** @return whether finite differences could not referee a single parameter at a single epoch */
    public boolean refereeNeverReliable() {
        return refereed == 0;
    }

    /** @return whether finite differences agreed with both sides wherever they could referee */
    public boolean refereeAlwaysAgreed() {
        return refereeDisagreed == 0;
    }

    /** @return how many parameter values (a parameter at an epoch) finite differences refereed */
    public int refereed() {
        return refereed;
    }

    /** @return how many of the refereed values finite differences did not agree with both sides on */
    public int refereeDisagreed() {
        return refereeDisagreed;
    }

    /** @return how many parameter values finite differences could not referee */
    public int unrefereed() {
        return unrefereed;
    }

    /**
     * The verdict of the epochs counted (see {@link Summary}).
     *
     * @param epochs the epochs asked for
     * @param localisation the first localisation found, or {@code null}
     * @param nonFinite the sources that stopped being finite
     * @param outOfDomain the sources whose outputs left the loss's domain
     * @param saturated the neurons saturated at the last compared epoch
     */
    public Summary summary(int epochs, Localisation localisation, List<NonFinite> nonFinite,
            List<OutOfDomain> outOfDomain, List<String> saturated) {
        return Summary.of(new ArrayList<>(firstMismatches.keySet()), firstMismatching, compared, epochs, localisation, nonFinite,
                outOfDomain, saturated);
    }
}
