package bpdiff.check.program;

import bpdiff.program.array.NdArray;
import bpdiff.program.run.Events;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.Tape;
import bpdiff.program.tape.TapeNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import bpdiff.program.run.PyFloat;
import bpdiff.program.run.PyInt;
import bpdiff.program.run.Scope;
import bpdiff.program.run.Value;
import java.util.Set;

/**
 * For a program that computes no loss but steps its weights (Trask's {@code l2_error = y - l2}, then
 * {@code syn1 += l1.T.dot(l2_delta)}): the error its first step comes from, as a {@code --loss-expr} to try
 * ({@code 0.5 * ((y - l2) ** 2).sum()}, {@code 0.5 * (y - out) ** 2} for numbers). The error is the last recorded
 * subtraction, in the step's ancestry, of a named value computed from the parameters and a named value computed from
 * none (the target). The sum is the array's own method, so that the expression reads whatever the program calls
 * numpy ({@code np}, {@code numpy}, or {@code from numpy import dot, exp}).
 */
final class LossSuggestion {

    /** How much of the step's ancestry is looked at. */
    private static final int NODES = 5_000;

    private LossSuggestion() {}

    /**
     * @param tape the tape
     * @param updates the program's steps
     * @param parameters the nodes of its parameters' values
     * @return the expression to suggest, or {@code null} if no such error is found
     */
    static String of(Tape tape, List<Events.Update> updates, Set<Integer> parameters) {
        if (updates.isEmpty()) {
            return null;
        }
        return of(tape, updates.get(0).subtractedNode(), parameters);
    }

    /**
     * @param tape the tape
     * @param step the node of a step, or of the gradient it claims
     * @param parameters the nodes of the parameters' values
     * @return the expression to suggest, or {@code null} if no such error is found
     */
    static String of(Tape tape, int step, Set<Integer> parameters) {
        return of(tape, step, parameters, null, null);
    }

    /**
     * @param tape the tape
     * @param step the node of a step, or of the gradient it claims
     * @param parameters the nodes of the parameters' values
     * @param scope the variables the step saw, or {@code null}: a target taken from an integer array is a Python
     *     int the tape holds as a number, which is named by the variable holding it ({@code y_true}) when the line of
     *     the subtraction reads that variable
     * @param source the program's text, for those lines
     * @return the expression to suggest, or {@code null} if no such error is found
     */
    static String of(Tape tape, int step, Set<Integer> parameters, Scope scope, String source) {
        if (parameters.isEmpty()) {
            return null;
        }
        Deque<Integer> todo = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        if (step >= 0 && !tape.isReleased(step)) {
            todo.add(step);
        }
        int best = -1;
        while (!todo.isEmpty() && seen.size() < NODES) {
            int id = todo.poll();
            if (!seen.add(id)) {
                continue;
            }
            TapeNode n = tape.node(id);
            if (n.op() == Op.SUB && n.inputs().length == 2 && id > best && names(tape, n, scope, source) != null
                    && fromParameters(tape, n.inputs()[0], parameters) != fromParameters(tape, n.inputs()[1],
                            parameters)) {
                best = id;
            }
            for (int input : n.inputs()) {
                if (!tape.isReleased(input)) {
                    todo.add(input);
                }
            }
        }
        if (best < 0) {
            return null;
        }
        String[] names = names(tape, tape.node(best), scope, source);
        String error = "(" + names[0] + " - " + names[1] + ")";
        NdArray value = tape.node(best).value();
        double factor = factor(tape, best, seen);
        String times = factor == 1 ? "" : factor == 0.5 ? "0.5 * " : Double.toString(factor) + " * ";
        return value != null && value.ndim() == 0 ? times + error + " ** 2" : times + "(" + error + " ** 2).sum()";
    }

    /**
     * The factor c of the loss \( c \cdot e^2 \) whose derivative the step's ancestry writes: a constant k that
     * multiplies the error e directly (Zhou's {@code d_L_d_ypred = -2 * (y_true - y_pred)}, \( k e = \pm 2 c e \))
     * gives \( c = |k| / 2 \); else ½, as the lecture's ½·e².
     */
    private static double factor(Tape tape, int error, Set<Integer> ancestry) {
        for (int id : ancestry) {
            TapeNode n = tape.node(id);
            if (n.op() != Op.MUL || n.inputs().length != 2) {
                continue;
            }
            for (int k = 0; k < 2; k++) {
                int other = n.inputs()[1 - k];
                if (n.inputs()[k] == error && !tape.isReleased(other) && isConstant(tape, other)
                        && tape.node(other).value().size() == 1 && tape.node(other).value().get(0) != 0) {
                    return Math.abs(tape.node(other).value().get(0)) / 2;
                }
            }
        }
        return 0.5;
    }

    /** Whether a value is a literal number, or the negation of one ({@code -2}). */
    private static boolean isConstant(Tape tape, int node) {
        TapeNode n = tape.node(node);
        if (n.op() == Op.NEG && n.inputs().length == 1 && !tape.isReleased(n.inputs()[0])) {
            n = tape.node(n.inputs()[0]);
        }
        return n.isLeaf() && n.constant();
    }

    /** The names of a subtraction's operands, or {@code null} if one has none. */
    private static String[] names(Tape tape, TapeNode subtraction, Scope scope, String source) {
        int[] inputs = subtraction.inputs();
        String[] names = new String[inputs.length];
        for (int k = 0; k < inputs.length; k++) {
            String name = tape.nameOf(inputs[k]);
            if (name == null && scope != null && source != null && tape.node(inputs[k]).constant()) {
                name = target(scope, tape.node(inputs[k]).value(), line(source, subtraction.line()));
            }
            if (name == null || !name.matches("[\\p{L}_][\\p{L}\\p{N}_.]*")) {
                return null;
            }
            names[k] = name;
        }
        return names;
    }

    /** The function's variable named like a target ({@code y_true}, {@code target}) that holds a number, or null. */
    private static String target(Scope scope, NdArray number, String line) {
        if (number == null || number.size() != 1) {
            return null;
        }
        for (Map.Entry<String, Value> v : scope.locals().entrySet()) {
            double held = v.getValue() instanceof PyInt i ? i.value()
                    : v.getValue() instanceof PyFloat f ? f.value() : Double.NaN;
            if (held == number.get(0) && TARGET.matcher(v.getKey()).matches()
                    && Pattern.compile("\\b" + Pattern.quote(v.getKey()) + "\\b").matcher(line).find()) {
                return v.getKey();
            }
        }
        return null;
    }

    /** A line of the program's text, or "" if there is none. */
    private static String line(String source, int line) {
        String[] lines = source.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }

    /** Names a target goes by. */
    private static final Pattern TARGET = Pattern.compile("(?i)y|y_?(true|target|label|t)|t|targets?|labels?|desired.*|expected.*");

    private static boolean fromParameters(Tape tape, int node, Set<Integer> parameters) {
        return Ancestry.dependsOn(tape, node, parameters);
    }
}
