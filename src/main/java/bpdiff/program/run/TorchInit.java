package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code torch.nn.init}'s functions and the tensor methods {@code uniform_} and {@code normal_}, as PyTorch 1.13's
 * {@code init.py} computes them: each fills the tensor in place, without recording it for autograd, and returns it.
 *
 * <ul>
 *   <li>{@code uniform_(t, a=0, b=1)}, {@code normal_(t, mean=0, std=1)}, {@code constant_(t, val)},
 *       {@code zeros_}, {@code ones_};
 *   <li>{@code xavier_uniform_(t, gain=1)}: \( U(-a, a) \), \( a = \sqrt 3 \cdot gain \sqrt{2 / (fan_{in} +
 *       fan_{out})} \); {@code xavier_normal_}: \( N(0, gain \sqrt{2 / (fan_{in} + fan_{out})}) \);
 *   <li>{@code kaiming_uniform_(t, a=0, mode='fan_in', nonlinearity='leaky_relu')}: \( U(-b, b) \),
 *       \( b = \sqrt 3 \cdot gain / \sqrt{fan} \), \( gain = \sqrt{2 / (1 + a^2)} \) ({@code relu}: \( \sqrt 2 \));
 *       {@code kaiming_normal_}: \( N(0, gain / \sqrt{fan}) \).
 * </ul>
 *
 * <p>\( fan_{in} \) is {@code t.size(1)}, \( fan_{out} \) {@code t.size(0)}, each times the receptive field (the
 * product of the other sizes).
 */
final class TorchInit {

    /** The functions of {@code torch.nn.init} bpdiff runs. */
    static final Set<String> FUNCTIONS = Set.of("uniform_", "normal_", "constant_", "zeros_", "ones_",
            "xavier_uniform_", "xavier_normal_", "kaiming_uniform_", "kaiming_normal_");

    private TorchInit() {}

    /**
     * @param torch the torch state
     * @param name the function
     * @param a its arguments, the tensor first
     * @param at where
     * @return the tensor
     */
    static Value call(Torch torch, String name, Arguments a, Span at) {
        Value first = a.required(0, "tensor");
        if (!(first instanceof PyTensor t)) {
            throw ProgramError.of("AttributeError", "'" + BuiltinTypes.typeOf(first).name() + "' object has no "
                    + "attribute 'uniform_'");
        }
        List<Value> rest = a.positional().subList(1, a.size());
        return fill(torch, name, t, new Arguments(name, rest, a.keywords()), at);
    }

    /**
     * @param torch the torch state
     * @param name the function ({@code uniform_} and {@code normal_} are also the tensor's methods)
     * @param t the tensor
     * @param a the arguments after the tensor
     * @param at where
     * @return the tensor
     */
    static Value fill(Torch torch, String name, PyTensor t, Arguments a, Span at) {
        NdArray v = t.value();
        DType type = v.dtype();
        int n = v.size();
        TorchRandom g = torch.random;
        double[] data = switch (name) {
            case "uniform_" -> g.uniform(n, type, number(a, 0, "a", 0), number(a, 1, "b", 1));
            case "normal_" -> g.normal(n, type, number(a, 0, "mean", 0), number(a, 1, "std", 1));
            case "constant_", "zeros_", "ones_" -> {
                double[] c = new double[n];
                Arrays.fill(c, type.cast(name.equals("constant_") ? Numbers.toDouble(a.required(0, "val"))
                        : name.equals("ones_") ? 1 : 0));
                yield c;
            }
            case "xavier_uniform_", "xavier_normal_" -> {
                int[] fans = fans(v.shape());
                double std = number(a, 0, "gain", 1) * Math.sqrt(2.0 / (fans[0] + fans[1]));
                yield name.equals("xavier_normal_") ? g.normal(n, type, 0, std)
                        : g.uniform(n, type, -Math.sqrt(3.0) * std, Math.sqrt(3.0) * std);
            }
            default -> kaiming(g, name, v, a);
        };
        torch.enter(false);
        try {
            TensorInPlace.change(torch, t, TorchOps.constant(new NdArray(v.shape(), data, type)), at);
        } finally {
            torch.exit();
        }
        return t;
    }

    private static double[] kaiming(TorchRandom g, String name, NdArray v, Arguments a) {
        int[] fans = fans(v.shape());
        Value mode = a.get(1, "mode");
        String m = mode == null ? "fan_in" : Formatting.str(mode);
        if (!m.equals("fan_in") && !m.equals("fan_out")) {
            throw ProgramError.of("ValueError", "Mode " + m + " not supported, please use one of fan_in, fan_out");
        }
        Value nonlinearity = a.get(2, "nonlinearity");
        String f = nonlinearity == null ? "leaky_relu" : Formatting.str(nonlinearity);
        double slope = number(a, 0, "a", 0);
        double gain = switch (f) {
            case "relu" -> Math.sqrt(2.0);
            case "leaky_relu" -> Math.sqrt(2.0 / (1 + slope * slope));
            case "linear", "sigmoid" -> 1;
            case "tanh" -> 5.0 / 3;
            default -> throw ProgramError.of("ValueError", "Unsupported nonlinearity " + f);
        };
        double std = gain / Math.sqrt(m.equals("fan_in") ? fans[0] : fans[1]);
        int n = v.size();
        return name.equals("kaiming_normal_") ? g.normal(n, v.dtype(), 0, std)
                : g.uniform(n, v.dtype(), -Math.sqrt(3.0) * std, Math.sqrt(3.0) * std);
    }

    /** \( fan_{in}, fan_{out} \) of a weight of at least two dimensions. */
    private static int[] fans(int[] shape) {
        if (shape.length < 2) {
            throw ProgramError.of("ValueError", "Fan in and fan out can not be computed for tensor with fewer than 2 "
                    + "dimensions");
        }
        int field = 1;
        for (int k = 2; k < shape.length; k++) {
            field *= shape[k];
        }
        return new int[] {shape[1] * field, shape[0] * field};
    }

    private static double number(Arguments a, int position, String keyword, double fallback) {
        Value v = a.get(position, keyword);
        return v == null ? fallback : Numbers.toDouble(v);
    }
}
