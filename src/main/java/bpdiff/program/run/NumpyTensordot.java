package bpdiff.program.run;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code np.tensordot(a, b, axes)}: \( out_{f_a f_b} = \sum_{s} a_{f_a s} b_{s f_b} \), the summed axes {@code s}
 * those {@code axes} pairs up (an integer n: the last n of {@code a} with the first n of {@code b}; a pair of
 * sequences or integers: those axes, negative ones counted from the end), {@code f_a} and {@code f_b} the others in
 * order. Computed as numpy computes it, so that the numbers are numpy's: each operand's axes permuted (free axes of
 * {@code a} first, summed axes of {@code b} first), reshaped to a matrix, multiplied by {@code dot}, and the product
 * reshaped to the free axes; each step recorded, so autograd sees it.
 */
final class NumpyTensordot {

    private final Interpreter machine;
    private final NumpyFunctions numpy;

    /**
     * @param machine the interpreter
     * @param numpy the functions, for their operand conversions and shapes
     */
    NumpyTensordot(Interpreter machine, NumpyFunctions numpy) {
        this.machine = machine;
        this.numpy = numpy;
    }

    /**
     * @param a the call's arguments: {@code a}, {@code b}, {@code axes} (default 2)
     * @param at where
     * @return the contraction
     * @throws ProgramError numpy's ValueError when the paired axes differ in length
     */
    Value call(Arguments a, Span at) {
        Value x = numpy.operand(a.required(0, "a"), at);
        Value y = numpy.operand(a.required(1, "b"), at);
        Value axes = a.get(2, "axes");
        int[] xs = Numbers.array(x).shape();
        int[] ys = Numbers.array(y).shape();
        List<Integer> axesA = new ArrayList<>();
        List<Integer> axesB = new ArrayList<>();
        if (axes == null || axes instanceof PyInt) {
            int n = axes == null ? 2 : Numbers.toInt(axes);
            for (int k = 0; k < n; k++) {
                axesA.add(k - n);
                axesB.add(k);
            }
        } else {
            List<Value> pair = Iteration.list(axes, machine, at);
            if (pair.size() != 2) {
                throw ProgramError.of("ValueError", "too many values to unpack (expected 2)");
            }
            axesA = axisList(pair.get(0), at);
            axesB = axisList(pair.get(1), at);
        }
        boolean equal = axesA.size() == axesB.size();
        for (int k = 0; equal && k < axesA.size(); k++) {
            int p = axis(axesA.get(k), xs.length);
            int q = axis(axesB.get(k), ys.length);
            equal = xs[p] == ys[q];
            axesA.set(k, p);
            axesB.set(k, q);
        }
        if (!equal) {
            throw ProgramError.of("ValueError", "shape-mismatch for sum");
        }
        List<Integer> freeA = free(xs.length, axesA);
        List<Integer> freeB = free(ys.length, axesB);
        int summed = 1;
        for (int p : axesA) {
            summed *= xs[p];
        }
        List<Integer> orderA = new ArrayList<>(freeA);
        orderA.addAll(axesA);
        List<Integer> orderB = new ArrayList<>(axesB);
        orderB.addAll(freeB);
        Value left = numpy.shapes().reshape(permuted(x, orderA, at), new int[] {size(xs, freeA), summed}, at);
        Value right = numpy.shapes().reshape(permuted(y, orderB, at), new int[] {summed, size(ys, freeB)}, at);
        Value product = machine.operators.binary(BinaryOperator.MATMUL, left, right, at);
        int[] shape = new int[freeA.size() + freeB.size()];
        for (int k = 0; k < freeA.size(); k++) {
            shape[k] = xs[freeA.get(k)];
        }
        for (int k = 0; k < freeB.size(); k++) {
            shape[freeA.size() + k] = ys[freeB.get(k)];
        }
        return numpy.shapes().reshape(product, shape, at);
    }

    /** One operand's summed axes: a sequence of integers, or one integer. */
    private List<Integer> axisList(Value v, Span at) {
        List<Integer> out = new ArrayList<>();
        if (v instanceof PyInt) {
            out.add(Numbers.toInt(v));
            return out;
        }
        for (Value item : Iteration.list(v, machine, at)) {
            out.add(Numbers.toInt(item));
        }
        return out;
    }

    /** An axis counted from the end when negative; numpy's IndexError (as its tuple index) when out of range. */
    private static int axis(int axis, int ndim) {
        int resolved = axis < 0 ? axis + ndim : axis;
        if (resolved < 0 || resolved >= ndim) {
            throw ProgramError.of("IndexError", "tuple index out of range");
        }
        return resolved;
    }

    private static List<Integer> free(int ndim, List<Integer> summed) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < ndim; k++) {
            if (!summed.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private static int size(int[] shape, List<Integer> axes) {
        int n = 1;
        for (int p : axes) {
            n *= shape[p];
        }
        return n;
    }

    private Value permuted(Value x, List<Integer> order, Span at) {
        boolean identity = true;
        int[] axes = new int[order.size()];
        for (int d = 0; d < axes.length; d++) {
            axes[d] = order.get(d);
            identity &= axes[d] == d;
        }
        return identity ? x : numpy.shapes().permute(x, axes, at);
    }
}
