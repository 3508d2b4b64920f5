package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;

/**
 * {@code scipy.special}'s logistic functions, with scipy 1.10's formulas (its {@code _logit.h}):
 * {@code expit(x)} \( = 1 / (1 + e^{-x}) \), recorded as {@link Op#SIGMOID} (derivative \( \sigma (1 - \sigma) \)),
 * and {@code logit(p)} \( = \ln(p / (1 - p)) \), recorded as the division and the logarithm it is made of
 * (derivative \( 1 / (p (1 - p)) \)). Both are ufuncs: numbers, lists and arrays, integers promoted to float64.
 */
final class ScipySpecial {

    private ScipySpecial() {}

    /**
     * @param numpy numpy's functions, which apply and record the operations
     * @param f the function, after {@code scipy.special.}
     * @param a the arguments
     * @param at where
     * @return the result
     */
    static Value call(NumpyFunctions numpy, String f, Arguments a, Span at) {
        return switch (f) {
            case "expit" -> numpy.apply(Op.SIGMOID, at, a.required(0, "x"));
            case "logit" -> {
                Value p = a.required(0, "x");
                Value odds = numpy.apply(Op.DIV, at, p, numpy.apply(Op.SUB, at, PyFloat.of(1.0), p));
                yield numpy.apply(Op.LOG, at, odds);
            }
            default -> throw new ProgramError("scipy.special." + f + " is not supported: bpdiff runs expit and logit");
        };
    }
}
