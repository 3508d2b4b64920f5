package bpdiff.program.run;

import java.util.List;
import java.util.SplittableRandom;

/** Random programs of the subset (and a little beyond it): expressions, statements, loops, functions, numpy. */
final class ProgramGenerator {

    private static final List<String> NAMES = List.of("a", "b", "w1", "x", "W", "v", "loss", "d_w1", "xs");
    private static final List<String> UNARY = List.of("np.exp", "np.log", "np.sqrt", "np.tanh", "np.abs", "abs",
            "float", "round", "len", "np.sum", "np.mean", "np.array", "np.zeros", "np.ones", "str", "int", "max",
            "np.transpose", "list", "sigmoid", "math.exp", "np.zeros_like", "np.random.randn", "range");
    private static final List<String> BINARY = List.of("+", "-", "*", "/", "**", "@", "//", "%", "<", ">", "==",
            " and ", " or ", "!=");

    private final SplittableRandom random;

    ProgramGenerator(SplittableRandom random) {
        this.random = random;
    }

    String program() {
        StringBuilder text = new StringBuilder("import numpy as np\nimport math\n");
        text.append("def sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n");
        for (String name : NAMES) {
            text.append(name).append(" = ").append(atom()).append('\n');
        }
        int statements = 1 + random.nextInt(8);
        for (int k = 0; k < statements; k++) {
            statement(text, "", 0);
        }
        return text.toString();
    }

    private void statement(StringBuilder text, String indent, int depth) {
        int kind = random.nextInt(depth > 2 ? 4 : 9);
        String name = pick(NAMES);
        switch (kind) {
            case 0, 1 -> text.append(indent).append(name).append(" = ").append(expression(0)).append('\n');
            case 2 -> text.append(indent).append(name).append(' ').append(pick(List.of("+=", "-=", "*=", "/=")))
                    .append(' ').append(expression(0)).append('\n');
            case 3 -> text.append(indent).append("print(").append(expression(0)).append(", f\"{")
                    .append(name).append("}\")\n");
            case 4 -> {
                text.append(indent).append("for i in range(").append(random.nextInt(5)).append("):\n");
                block(text, indent, depth);
            }
            case 5 -> {
                text.append(indent).append("if ").append(expression(0)).append(":\n");
                block(text, indent, depth);
                text.append(indent).append("else:\n");
                block(text, indent, depth);
            }
            case 6 -> {
                text.append(indent).append("n = 0\n").append(indent).append("while n < ").append(random.nextInt(4))
                        .append(":\n").append(indent).append("    n += 1\n");
                block(text, indent, depth);
            }
            case 7 -> text.append(indent).append(name).append(" = ").append(name).append(" - 0.1 * ")
                    .append(expression(0)).append('\n');
            default -> text.append(indent).append("xs = [").append(expression(1)).append(", ")
                    .append(expression(1)).append("]\n").append(indent).append("xs.append(xs[")
                    .append(random.nextInt(4) - 2).append("])\n");
        }
    }

    private void block(StringBuilder text, String indent, int depth) {
        int statements = 1 + random.nextInt(3);
        for (int k = 0; k < statements; k++) {
            statement(text, indent + "    ", depth + 1);
        }
    }

    private String expression(int depth) {
        int kind = depth > 3 ? 0 : random.nextInt(6);
        return switch (kind) {
            case 0, 1 -> atom();
            case 2 -> "(" + expression(depth + 1) + pick(BINARY) + expression(depth + 1) + ")";
            case 3 -> pick(UNARY) + "(" + expression(depth + 1) + ")";
            case 4 -> "-" + expression(depth + 1);
            default -> pick(NAMES) + pick(List.of("[0]", "[-1]", "[:, 0]", ".T", ".shape", "[1:]", "[None, :]"));
        };
    }

    private String atom() {
        return switch (random.nextInt(6)) {
            case 0 -> Integer.toString(random.nextInt(5) - 1);
            case 1 -> String.format(java.util.Locale.ROOT, "%.2f", random.nextDouble() * 4 - 2);
            case 2 -> "np.array([" + random.nextInt(3) + ".5, -1.0])";
            case 3 -> "np.array([[0.1, 0.2], [0.3, " + random.nextInt(3) + ".0]])";
            default -> pick(NAMES);
        };
    }

    private String pick(List<String> items) {
        return items.get(random.nextInt(items.size()));
    }
}
