package bpdiff.check.program;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.gradient.Precision;
import bpdiff.program.BadProgramException;
import bpdiff.program.ProgramLimits;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of generated training programs (random forward passes over scalars and arrays, a loss, hand
 * gradients that are right or wrong, updates) checked end to end, replay on the engine included: each ends in a
 * report or a {@link BadProgramException}, never in another exception; a report's claims carry autograd values of
 * their target's shape.
 */
class ProgramCheckPropertyTest {

    private static final ProgramLimits SMALL = new ProgramLimits(50_000, 5_000, 10_000, 30, 10, 100_000);
    private static final List<String> UNARY = List.of("np.exp", "np.tanh", "np.abs", "sigmoid", "relu", "np.sqrt",
            "np.log");
    private static final List<String> BINARY = List.of("+", "-", "*", "/");

    @Test
    void generatedProgramsCheckWithoutEscapingExceptions() {
        SplittableRandom random = new SplittableRandom(99);
        int reports = 0;
        for (int k = 0; k < 300; k++) {
            String program = program(random.split());
            try {
                ProgramReport report = ProgramCheck.check(program, "g.py", new CheckOptions(
                        k % 3 == 0 ? Precision.FLOAT32 : Precision.FLOAT64, null, List.of(), SMALL, null));
                for (CheckedQuantity q : report.quantities()) {
                    assertTrue(q.shown().autograd().length
                            == java.util.Arrays.stream(q.derivative().shape()).reduce(1, (a, b) -> a * b),
                            q.site().name() + " in\n" + program);
                }
                assertFalse(report.summary().isEmpty());
                reports++;
            } catch (BadProgramException e) {
                assertFalse(e.problems().isEmpty());
            } catch (RuntimeException e) {
                AssertionError error = new AssertionError("escaped: " + e + "\n--- program ---\n" + program);
                error.initCause(e);
                throw error;
            }
        }
        assertTrue(reports > 100, "most generated programs can be checked: " + reports);
    }

    private static String program(SplittableRandom random) {
        boolean matrix = random.nextBoolean();
        StringBuilder p = new StringBuilder("""
                import numpy as np
                def sigmoid(z):
                    return 1 / (1 + np.exp(-z))
                def relu(z):
                    return np.maximum(0, z)
                """);
        if (matrix) {
            p.append("x = np.array([[0.5, -0.3], [0.2, 0.8], [-0.6, 0.1]])\n");
            p.append("W = np.array([[0.1, -0.2, 0.3], [0.4, 0.05, -0.15]])\n");
            p.append("b = np.array([0.01, -0.02, 0.03])\n");
        } else {
            p.append("x = 0.7\nW = ").append(number(random)).append("\nb = ").append(number(random)).append('\n');
        }
        p.append("lr = 0.1\nfor epoch in range(").append(1 + random.nextInt(3)).append("):\n");
        p.append("    z = ").append(matrix ? "x @ W + b" : "W * x + b").append('\n');
        p.append("    h = ").append(expression(random, "z", 0)).append('\n');
        p.append("    loss = ").append(matrix ? "np.sum(h ** 2) / 3" : "0.5 * h ** 2").append('\n');
        p.append("    dh = ").append(matrix ? "2 * h / 3" : "h").append('\n');
        p.append("    dz = dh * ").append(random.nextBoolean() ? "(z > 0)" : number(random)).append('\n');
        p.append("    dW = ").append(matrix ? (random.nextBoolean() ? "x.T @ dz" : "np.outer(dz, x)") : "dz * x")
                .append('\n');
        p.append("    db = ").append(matrix ? "np.sum(dz, axis=" + random.nextInt(2) + ")" : "dz").append('\n');
        p.append("    W -= lr * dW\n    b = b - lr * db\n");
        return p.toString();
    }

    private static String expression(SplittableRandom random, String variable, int depth) {
        int kind = depth > 2 ? 0 : random.nextInt(4);
        return switch (kind) {
            case 0 -> variable;
            case 1 -> UNARY.get(random.nextInt(UNARY.size())) + "(" + expression(random, variable, depth + 1) + ")";
            case 2 -> "(" + expression(random, variable, depth + 1) + " " + BINARY.get(random.nextInt(BINARY.size()))
                    + " " + number(random) + ")";
            default -> "(" + expression(random, variable, depth + 1) + " * " + expression(random, variable, depth + 1)
                    + ")";
        };
    }

    private static String number(SplittableRandom random) {
        return String.format(Locale.ROOT, "%.2f", random.nextDouble() * 2 - 1);
    }
}
