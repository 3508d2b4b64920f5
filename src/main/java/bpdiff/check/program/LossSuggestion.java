package bpdiff.check.program;

import bpdiff.program.run.Events;
import bpdiff.program.syntax.Program;
import bpdiff.program.syntax.Stmt;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.Tape;
import bpdiff.program.tape.TapeNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * For a program that computes no loss but steps its weights (Trask's {@code l2_error = y - l2}, then
 * {@code syn1 += l1.T.dot(l2_delta)}): the error its first step comes from, as a {@code --loss-expr} to try
 * ({@code 0.5 * np.sum((y - l2) ** 2)}, with numpy under the name the program imports it as: Rashid's
 * {@code import numpy} gives {@code numpy.sum}). The error is the last recorded subtraction, in the step's ancestry, of a
 * named value computed from the parameters and a named value computed from none (the target).
 */
final class LossSuggestion {

    /** How much of the step's ancestry is looked at. */
    private static final int NODES = 5_000;

    private LossSuggestion() {}

    /**
     * @param program the program
     * @param tape the tape
     * @param updates the program's steps
     * @param parameters the nodes of its parameters' values
     * @return the expression to suggest, or {@code null} if no such error is found
     */
    static String of(Program program, Tape tape, List<Events.Update> updates, Set<Integer> parameters) {
        if (updates.isEmpty() || parameters.isEmpty()) {
            return null;
        }
        int step = updates.get(0).subtractedNode();
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
            if (n.op() == Op.SUB && n.inputs().length == 2 && id > best && named(tape, n.inputs())
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
        int[] in = tape.node(best).inputs();
        return "0.5 * " + numpyName(program) + ".sum((" + tape.nameOf(in[0]) + " - " + tape.nameOf(in[1]) + ") ** 2)";
    }

    /** The name a top-level {@code import numpy [as …]} binds; {@code np} if there is none. */
    private static String numpyName(Program program) {
        for (Stmt s : program.body()) {
            if (s instanceof Stmt.Import i && i.module().equals("numpy") && i.name() == null) {
                return i.alias();
            }
        }
        return "np";
    }

    private static boolean named(Tape tape, int[] inputs) {
        for (int input : inputs) {
            String name = tape.nameOf(input);
            if (name == null || !name.matches("[\\p{L}_][\\p{L}\\p{N}_.]*")) {
                return false;
            }
        }
        return true;
    }

    private static boolean fromParameters(Tape tape, int node, Set<Integer> parameters) {
        return Ancestry.dependsOn(tape, node, parameters);
    }
}
