package bpdiff.check;

import bpdiff.Identified;
import bpdiff.program.Problem;

/**
 * A stable name for each kind of mistake bpdiff reports: written into {@code check}'s JSON ({@code codes}) and JUnit
 * XML (a {@code mistake-code} property), and counted by {@code bpdiff grade}. A code never changes meaning or
 * spelling once released; a new kind of diagnosis gets a new code. One example of each:
 *
 * <table>
 *   <caption>the codes</caption>
 *   <tr><th>code</th><th>example</th></tr>
 *   <tr><td>{@code missing-weights-d_w5+d_w6}</td><td>{@code (d_w5 + d_w6) * out_h1 * (1 - out_h1) * x1}: the
 *       homework's published mistake, weight gradients where \( \delta_k w_k \) belongs</td></tr>
 *   <tr><td>{@code missing-weight}</td><td>{@code delta_o1 + delta_o2} where {@code delta_o1 * w5 + delta_o2 * w6}
 *       belongs</td></tr>
 *   <tr><td>{@code after-update}</td><td>{@code delta_o1 * w5} read after {@code w5 -= lr * d_w5}</td></tr>
 *   <tr><td>{@code wrong-activation-derivative}</td><td>{@code a * (1 - a)} for a tanh layer</td></tr>
 *   <tr><td>{@code missing-path}</td><td>{@code d_h1 = delta_o1 * w5} without {@code + delta_o2 * w6}</td></tr>
 *   <tr><td>{@code wrong-weight}</td><td>{@code w6} where {@code w7} belongs</td></tr>
 *   <tr><td>{@code wrong-variable}</td><td>{@code out_h2} where {@code out_h1} belongs</td></tr>
 *   <tr><td>{@code missing-transpose}</td><td>{@code W2 @ delta2} where {@code W2.T @ delta2} belongs</td></tr>
 *   <tr><td>{@code extra-transpose}</td><td>{@code W2.T} where {@code W2} belongs</td></tr>
 *   <tr><td>{@code dot-for-outer}</td><td>{@code np.dot(delta, a)} where {@code np.outer(delta, a)} belongs</td></tr>
 *   <tr><td>{@code elementwise-for-outer}</td><td>{@code delta * a} where {@code np.outer(delta, a)} belongs</td></tr>
 *   <tr><td>{@code elementwise-for-matmul}</td><td>{@code W2.T * delta2} where {@code W2.T @ delta2}
 *       belongs</td></tr>
 *   <tr><td>{@code matmul-for-elementwise}</td><td>{@code (W2.T @ d) @ g} where {@code (W2.T @ d) * g}
 *       belongs</td></tr>
 *   <tr><td>{@code outer-for-dot}</td><td>{@code np.outer(a, b)} where {@code np.dot(a, b)} belongs</td></tr>
 *   <tr><td>{@code sum-axis}</td><td>{@code np.sum(d, axis=1)} where {@code axis=0} belongs</td></tr>
 *   <tr><td>{@code missing-activation-derivative}</td><td>{@code d_o1 * out_h1} without
 *       {@code out_o1 * (1 - out_o1)}</td></tr>
 *   <tr><td>{@code extra-activation-derivative}</td><td>{@code σ'} multiplied in twice</td></tr>
 *   <tr><td>{@code missing-weight-and-activation-derivative}</td><td>{@code d_o1 + d_o2} where
 *       \( \sum_k \delta_k w_k \) belongs</td></tr>
 *   <tr><td>{@code sign-in-sum}</td><td>{@code a - b} where {@code a + b} belongs</td></tr>
 *   <tr><td>{@code extra-term}</td><td>{@code a + b} where {@code a} belongs</td></tr>
 *   <tr><td>{@code not-summed}</td><td>per-sample gradients not summed over the samples</td></tr>
 *   <tr><td>{@code missing-mean}</td><td>the \( 1/N \) of a mean loss left out</td></tr>
 *   <tr><td>{@code extra-mean}</td><td>a \( 1/N \) for a loss that is a sum</td></tr>
 *   <tr><td>{@code accumulated-grad}</td><td>{@code d_w1 += …} never reset: epoch 2 holds the gradients of
 *       epochs 1 and 2</td></tr>
 *   <tr><td>{@code update-before-backward}</td><td>{@code w.data -= lr * w.grad} before this epoch's
 *       {@code L.backward()}: the gradient of the weights before</td></tr>
 *   <tr><td>{@code sign}</td><td>{@code d_o1 = y1 - out_o1}</td></tr>
 *   <tr><td>{@code factor}</td><td>{@code 2 * (out_o1 - y1)} for the loss \( \frac12 (o - y)^2 \)</td></tr>
 *   <tr><td>{@code sign-and-factor}</td><td>{@code 2 * (y1 - out_o1)}</td></tr>
 *   <tr><td>{@code unexplained}</td><td>wrong by a mistake of its own that no diagnosis explains</td></tr>
 *   <tr><td>{@code inherited}</td><td>right once the wrong values it is computed from are right</td></tr>
 *   <tr><td>{@code not-checked}</td><td>a parameter whose gradient nothing computes</td></tr>
 *   <tr><td>{@code syntax-error}</td><td>a bracket never closed</td></tr>
 *   <tr><td>{@code name-error}</td><td>a name defined nowhere</td></tr>
 *   <tr><td>{@code unsupported}</td><td>{@code import os}</td></tr>
 *   <tr><td>{@code runtime-error}</td><td>a shape mismatch while the program runs</td></tr>
 *   <tr><td>{@code limit}</td><td>an endless loop stopped at bpdiff's limit</td></tr>
 *   <tr><td>{@code no-loss}</td><td>no variable named {@code loss}, {@code error}, … holds the loss</td></tr>
 *   <tr><td>{@code usage}</td><td>{@code --params} names a variable the program does not have</td></tr>
 * </table>
 *
 * <p>{@code bpdiff grade} adds the codes of submissions it could not check at all: {@code unreadable} (binary or
 * not UTF-8), {@code no-submission} (no Python file), {@code time-limit}, {@code out-of-memory} and
 * {@code internal-error}; with {@code --reference}, {@code different-loss} and {@code different-epochs} (the
 * submission is told, its score is not changed by them).
 */
public enum MistakeCode implements Identified {

    /** The homework's published mistake: {@code d_w5 + d_w6} where \( \delta_{o1} w_5 + \delta_{o2} w_6 \) belongs. */
    MISSING_WEIGHTS_DW("missing-weights-d_w5+d_w6",
            "weight gradients d_w5 + d_w6 where the errors δ·w5 + δ·w6 belong"),
    /** A back-propagated δ without the weight it passes through. */
    MISSING_WEIGHT("missing-weight", "a back-propagated δ without its weight"),
    /** A parameter read after its update. */
    AFTER_UPDATE("after-update", "a weight read after its update"),
    /** Another activation's derivative in place of the right one. */
    WRONG_ACTIVATION_DERIVATIVE("wrong-activation-derivative", "another activation's derivative"),
    /** A back-propagated path left out. */
    MISSING_PATH("missing-path", "a back-propagated path left out"),
    /** A parameter from another connection. */
    WRONG_WEIGHT("wrong-weight", "the weight of another connection"),
    /** A value (not a parameter) from another place. */
    WRONG_VARIABLE("wrong-variable", "a value from another place"),
    /** A transpose missing. */
    MISSING_TRANSPOSE("missing-transpose", "a transpose missing"),
    /** A transpose too many. */
    EXTRA_TRANSPOSE("extra-transpose", "a transpose too many"),
    /** {@code np.dot} or {@code @} where {@code np.outer} belongs. */
    DOT_FOR_OUTER("dot-for-outer", "np.dot where np.outer belongs"),
    /** An elementwise product where {@code np.outer} belongs. */
    ELEMENTWISE_FOR_OUTER("elementwise-for-outer", "an elementwise product where np.outer belongs"),
    /** An elementwise product where a matrix product belongs. */
    ELEMENTWISE_FOR_MATMUL("elementwise-for-matmul", "an elementwise product where a matrix product belongs"),
    /** A matrix or outer product where an elementwise product belongs. */
    MATMUL_FOR_ELEMENTWISE("matmul-for-elementwise", "a matrix product where an elementwise product belongs"),
    /** {@code np.outer} where {@code np.dot} belongs. */
    OUTER_FOR_DOT("outer-for-dot", "np.outer where np.dot belongs"),
    /** A sum or mean over the wrong axis. */
    SUM_AXIS("sum-axis", "a sum over the wrong axis"),
    /** An activation derivative left out. */
    MISSING_ACTIVATION_DERIVATIVE("missing-activation-derivative", "an activation derivative left out"),
    /** An activation derivative too many. */
    EXTRA_ACTIVATION_DERIVATIVE("extra-activation-derivative", "an activation derivative too many"),
    /** \( \partial L / \partial out_k \) where \( \delta_k w_{kj} \) belongs. */
    MISSING_WEIGHT_AND_ACTIVATION_DERIVATIVE("missing-weight-and-activation-derivative",
            "∂L/∂out where δ·w belongs"),
    /** A sign inside a sum the wrong way round. */
    SIGN_IN_SUM("sign-in-sum", "a sign inside a sum"),
    /** A term of a sum too many. */
    EXTRA_TERM("extra-term", "a term too many"),
    /** Per-sample values not summed over the samples. */
    NOT_SUMMED("not-summed", "per-sample values not summed"),
    /** The \( 1/N \) of a mean left out. */
    MISSING_MEAN("missing-mean", "the 1/N of a mean left out"),
    /** A \( 1/N \) too many. */
    EXTRA_MEAN("extra-mean", "a 1/N too many"),
    /** A gradient added up over the epochs, never reset. */
    ACCUMULATED_GRAD("accumulated-grad", "a gradient never reset between epochs"),
    /** A torch update that subtracts a gradient {@code backward()} did not take at its weights: it runs first. */
    UPDATE_BEFORE_BACKWARD("update-before-backward", "an update that runs before backward()"),
    /** The whole value's sign flipped. */
    SIGN("sign", "the sign flipped"),
    /** The whole value off by a constant factor. */
    FACTOR("factor", "a constant factor"),
    /** Both. */
    SIGN_AND_FACTOR("sign-and-factor", "the sign flipped and a constant factor"),
    /** Wrong by a mistake of its own that no diagnosis explains. */
    UNEXPLAINED("unexplained", "wrong, no diagnosis fits"),
    /** Wrong only through the wrong values it is computed from. */
    INHERITED("inherited", "wrong only through the values it uses"),
    /** Something the program claims or needs that was not checked. */
    NOT_CHECKED("not-checked", "a gradient not checked"),
    /** The text is not Python. */
    SYNTAX_ERROR("syntax-error", "not Python"),
    /** A name defined nowhere. */
    NAME_ERROR("name-error", "a name defined nowhere"),
    /** Python bpdiff does not run. */
    UNSUPPORTED("unsupported", "Python bpdiff does not run"),
    /** The program failed while it ran. */
    RUNTIME_ERROR("runtime-error", "an error while it runs"),
    /** The program reached one of bpdiff's limits. */
    LIMIT("limit", "stopped at a limit (an endless loop?)"),
    /** No loss to differentiate. */
    NO_LOSS("no-loss", "no loss found"),
    /** An option named something the program does not have. */
    USAGE("usage", "an option that does not fit"),
    /** The file is not UTF-8 text or cannot be read. */
    UNREADABLE("unreadable", "not a UTF-8 text file"),
    /** No Python file to grade. */
    NO_SUBMISSION("no-submission", "no Python file"),
    /** {@code bpdiff grade}'s time limit ended the check. */
    TIME_LIMIT("time-limit", "ran past the time limit"),
    /** The check ran out of memory. */
    OUT_OF_MEMORY("out-of-memory", "ran out of memory"),
    /** bpdiff failed on the submission: a bug in bpdiff. */
    INTERNAL_ERROR("internal-error", "a bug in bpdiff"),
    /** {@code bpdiff grade --reference}: the loss at the first epoch is not the reference's. */
    DIFFERENT_LOSS("different-loss", "a loss other than the reference's"),
    /** {@code bpdiff grade --reference}: checked at another number of epochs than the reference trains. */
    DIFFERENT_EPOCHS("different-epochs", "fewer or more epochs than the reference");

    private final String id;
    private final String description;

    MistakeCode(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** @return a few words saying what the mistake is, for a table of the class's mistakes */
    public String description() {
        return description;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }

    /**
     * The code of a problem that stops a program from being checked. A run-time problem is a {@link #LIMIT} when
     * the interpreter stopped it at one of bpdiff's limits (its message has no {@code the program fails:}, the
     * prefix of the program's own errors); a usage problem is {@link #NO_LOSS} unless it is about {@code --params}.
     *
     * @param problem the problem
     * @return its code
     */
    public static MistakeCode of(Problem problem) {
        return switch (problem.kind()) {
            case SYNTAX -> SYNTAX_ERROR;
            case NAME -> NAME_ERROR;
            case UNSUPPORTED -> UNSUPPORTED;
            case RUNTIME -> problem.message().startsWith("the program fails: ") ? RUNTIME_ERROR : LIMIT;
            case USAGE -> problem.message().startsWith("--params") ? USAGE : NO_LOSS;
        };
    }
}
