package bpdiff.command;

import bpdiff.BadInputException;
import bpdiff.diff.Comparison;
import bpdiff.diff.ComparisonResult;
import bpdiff.diff.ComparisonSetup;
import bpdiff.diff.Mode;
import bpdiff.diff.StepListener;
import bpdiff.gradient.AutogradAhead;
import bpdiff.gradient.Environment;
import bpdiff.gradient.FiniteDifferences;
import bpdiff.gradient.GradientSource;
import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.Precision;
import bpdiff.network.NetworkSpec;
import java.util.function.IntPredicate;

/**
 * {@code bpdiff compare}, whoever asks: a hand derivation, DJL autograd (trained ahead on a thread of its own,
 * {@link AutogradAhead}) and finite differences on one network, compared epoch by epoch ({@link Comparison}).
 *
 * @param network the network with every option applied
 * @param precision autograd's precision
 * @param manual the hand derivation, or {@code null} for the network's default ({@link HandDerivation#defaultFor})
 * @param mode whose weights each source is evaluated at
 * @param style how messages name the options
 */
public record ComparisonSettings(NetworkSpec network, Precision precision, HandDerivation manual, Mode mode,
        OptionStyle style) {

    /**
     * The hand side.
     *
     * @return the derivation's gradient source
     * @throws BadInputException naming {@code manual} if the homework's formulas do not fit the network
     */
    public GradientSource hand() {
        try {
            return (manual == null ? HandDerivation.defaultFor(network) : manual).source(network);
        } catch (BadInputException e) {
            throw new BadInputException(e.problem(), style.name("manual"), e);
        }
    }

    /**
     * @param hand {@link #hand()}
     * @return what is compared: the network, the precision, the hand derivation's name and the mode
     */
    public ComparisonSetup setup(GradientSource hand) {
        return new ComparisonSetup(network, precision, hand.name(), mode);
    }

    /**
     * Compares every epoch.
     *
     * @param hand {@link #hand()}, made before when its name is needed first
     * @param watch checked before every step of every source
     * @param listener receives every compared epoch, in order
     * @param keep which compared epochs the result keeps ({@link Comparison#run(StepListener, IntPredicate)})
     * @throws bpdiff.gradient.EngineUnavailableException if the engine cannot start
     */
    public ComparisonResult run(GradientSource hand, Watch watch, StepListener listener, IntPredicate keep) {
        try (AutogradAhead autograd = new AutogradAhead(network, precision)) {
            return new Comparison(network, watch.watch(hand), watch.watch(autograd),
                    watch.watch(new FiniteDifferences(network)), precision, mode).run(listener, keep);
        }
    }

    /**
     * Compares every epoch, into an outcome that renders every format.
     *
     * @param hand {@link #hand()}, made before when its name is needed first
     * @param watch checked before every step of every source
     * @param listener receives every compared epoch, in order
     * @param keep which compared epochs the outcome's views show
     * @return the comparison with the engine's environment
     * @throws bpdiff.gradient.EngineUnavailableException if the engine cannot start
     */
    public CompareOutcome compare(GradientSource hand, Watch watch, StepListener listener, IntPredicate keep) {
        ComparisonResult result = run(hand, watch, listener, keep);
        return new CompareOutcome(result, Environment.current(precision));
    }
}
