package bpdiff.program.run;

import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code np.einsum(subscripts, *operands)} with letter labels: \( out_{o} = \sum_{s} \prod_k x^{(k)}_{labels_k} \),
 * the output labels {@code o} after {@code ->} (without one, the labels met once, in alphabetical order, as numpy
 * has it), the others {@code s} summed. Recorded as operations the tape already knows, so autograd sees it: each
 * operand's axes gathered into the order output labels first, then summed labels (missing ones of size 1), the
 * operands multiplied with broadcasting, and the summed labels added up, last axis first. A label repeated within one
 * operand (a diagonal, {@code 'ii->i'}) and {@code ...} are refused.
 */
final class NumpyEinsum {

    private final Interpreter machine;
    private final NumpyFunctions numpy;

    /**
     * @param machine the interpreter
     * @param numpy the functions, for their operand conversions and recorded operations
     */
    NumpyEinsum(Interpreter machine, NumpyFunctions numpy) {
        this.machine = machine;
        this.numpy = numpy;
    }

    /**
     * @param a the call's arguments: the subscripts string, then the operands
     * @param at where
     * @return the result: an array, or a number when no label is left
     */
    Value call(Arguments a, Span at) {
        if (!(a.required(0, "subscripts") instanceof PyStr spec)) {
            throw new ProgramError("np.einsum with operands and axis lists is not supported: write the subscripts as a "
                    + "string, e.g. np.einsum('ij,jk->ik', A, B)");
        }
        if (!a.keywords().isEmpty() && !a.keywords().keySet().equals(java.util.Set.of("optimize"))) {
            throw new ProgramError("np.einsum's " + a.keywords().keySet().iterator().next() + "= is not supported");
        }
        String text = spec.value().replace(" ", "");
        if (text.contains(".")) {
            throw new ProgramError("np.einsum with ... is not supported: name every axis with a letter");
        }
        int arrow = text.indexOf("->");
        String[] inputs = (arrow < 0 ? text : text.substring(0, arrow)).split(",", -1);
        List<Value> operands = a.positional().subList(1, a.positional().size());
        if (inputs.length != operands.size()) {
            throw ProgramError.of("ValueError", (inputs.length > operands.size() ? "fewer" : "more")
                    + " operands provided to einstein sum function than specified in the subscripts string");
        }
        StringBuilder labels = new StringBuilder();
        int[] sizes = new int[128];
        Arrays.fill(sizes, -1);
        List<Value> arrays = new ArrayList<>();
        for (int k = 0; k < inputs.length; k++) {
            Value x = numpy.operand(operands.get(k), at);
            int[] shape = Numbers.array(x).shape();
            String in = inputs[k];
            if (in.length() != shape.length) {
                throw ProgramError.of("ValueError", "einstein sum subscripts string contains too many subscripts for "
                        + "operand " + k);
            }
            for (int d = 0; d < in.length(); d++) {
                char c = in.charAt(d);
                if (!Character.isLetter(c) || c >= 128) {
                    throw ProgramError.of("ValueError", "invalid subscript '" + c
                            + "' in einstein sum subscripts string, subscripts must be letters");
                }
                if (in.indexOf(c) != d) {
                    throw new ProgramError("np.einsum with a label repeated in one operand ('" + in
                            + "', a diagonal) is not supported: use np.diag or np.trace-free arithmetic");
                }
                if (sizes[c] >= 0 && sizes[c] != shape[d]) {
                    throw ProgramError.of("ValueError", "operands could not be broadcast together with remapped "
                            + "shapes [original->remapped]: label '" + c + "' has sizes " + sizes[c] + " and "
                            + shape[d]);
                }
                if (sizes[c] < 0) {
                    labels.append(c);
                }
                sizes[c] = shape[d];
            }
            arrays.add(x);
        }
        String output = arrow >= 0 ? text.substring(arrow + 2) : implicitOutput(inputs);
        for (int d = 0; d < output.length(); d++) {
            char c = output.charAt(d);
            if (c >= 128 || sizes[c] < 0 || output.indexOf(c) != d) {
                throw ProgramError.of("ValueError", "einstein sum subscripts string included output subscript '" + c
                        + "' " + (c < 128 && sizes[c] >= 0 ? "multiple times" : "which never appeared in an input"));
            }
        }
        StringBuilder order = new StringBuilder(output);
        for (int d = 0; d < labels.length(); d++) {
            if (output.indexOf(labels.charAt(d)) < 0) {
                order.append(labels.charAt(d));
            }
        }
        Value product = null;
        for (int k = 0; k < arrays.size(); k++) {
            Value aligned = align(arrays.get(k), inputs[k], order.toString(), at);
            product = product == null ? aligned : numpy.apply(Op.MUL, at, product, aligned);
        }
        for (int d = order.length() - 1; d >= output.length(); d--) {
            product = machine.recorder.apply(Op.SUM, OpArgs.reduction(d, false), at, product);
        }
        return product;
    }

    /** The labels met exactly once, in alphabetical order: numpy's output when the subscripts have no {@code ->}. */
    private static String implicitOutput(String[] inputs) {
        int[] count = new int[128];
        for (String in : inputs) {
            for (char c : in.toCharArray()) {
                if (c < 128) {
                    count[c]++;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (char c = 'A'; c <= 'z'; c++) {
            if (count[c] == 1 && Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * An operand with its axes in the order of {@code order}, a label it lacks an axis of size 1: a gather of its
     * elements (then a reshape), so that the gradient reaches it.
     */
    private Value align(Value x, String in, String order, Span at) {
        NdArray value = Numbers.array(x);
        int[] shape = value.shape();
        int[] present = new int[in.length()];
        int n = 0;
        for (int d = 0; d < order.length(); d++) {
            int axis = in.indexOf(order.charAt(d));
            if (axis >= 0) {
                present[n++] = axis;
            }
        }
        boolean identity = true;
        for (int d = 0; d < present.length; d++) {
            identity &= present[d] == d;
        }
        Value permuted = !identity && shape.length > 1 ? numpy.shapes().permute(x, present, at) : x;
        int[] full = new int[order.length()];
        for (int d = 0; d < order.length(); d++) {
            int axis = in.indexOf(order.charAt(d));
            full[d] = axis >= 0 ? shape[axis] : 1;
        }
        return full.length == shape.length ? permuted : numpy.shapes().reshape(permuted, full, at);
    }
}
