package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.Index;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.Shapes;
import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * {@code np.random}'s functions with numpy's legacy arguments and draws ({@link NumpyRandom}): {@code seed rand
 * randn random random_sample uniform normal randint permutation shuffle choice}, and the same methods of a
 * {@code np.random.RandomState(seed)}, a generator of its own. Drawn arrays are constants; a
 * permutation or choice of a recorded array, and a shuffle of one, are recorded as a gather of the drawn positions.
 */
final class RandomFunctions {

    private RandomFunctions() {}

    /**
     * @param machine the interpreter
     * @param f the function, after {@code np.random.}
     * @param a the arguments
     * @param at where
     * @return what numpy returns
     */
    static Value call(Interpreter machine, String f, Arguments a, Span at) {
        if (f.equals("default_rng")) {
            return GeneratorFunctions.defaultRng(a.get(0, "seed"));
        }
        if (f.equals("RandomState")) {
            NumpyRandom random = new NumpyRandom();
            Value seed = a.get(0, "seed");
            random.seed(seed == null || seed == PyNone.NONE ? 0 : Numbers.toLong(seed));
            return new PyRandomState(random);
        }
        return call(machine, machine.random, f, a, at);
    }

    /**
     * A function of {@code np.random}, or the method of a {@code np.random.RandomState(seed)} of that name.
     *
     * @param machine the interpreter
     * @param random the generator: {@code np.random}'s, or the {@code RandomState}'s own
     * @param f the function
     * @param a the arguments
     * @param at where
     * @return what numpy returns
     */
    static Value call(Interpreter machine, NumpyRandom random, String f, Arguments a, Span at) {
        return switch (f) {
            case "seed" -> {
                Value seed = a.get(0, "seed");
                random.seed(seed == null || seed == PyNone.NONE ? 0 : Numbers.toLong(seed));
                yield PyNone.NONE;
            }
            case "rand", "randn" -> {
                int[] shape = Creation.dims(machine, new PyTuple(a.positional()));
                yield a.size() == 0 ? PyFloat.of(f.equals("rand") ? random.uniform() : random.normal())
                        : sample(shape, f.equals("rand") ? random::uniform : random::normal, 0, 1);
            }
            case "random", "random_sample", "sample", "ranf" -> draw(machine, a.get(0, "size"), random::uniform, 0, 1);
            case "standard_normal" -> draw(machine, a.get(0, "size"), random::normal, 0, 1);
            case "uniform" -> {
                double low = number(a.get(0, "low"), 0);
                double high = number(a.get(1, "high"), 1);
                yield draw(machine, a.get(2, "size"), random::uniform, low, high - low);
            }
            case "normal" -> {
                double scale = number(a.get(1, "scale"), 1);
                if (scale < 0) {
                    throw new ProgramError("scale < 0");
                }
                yield draw(machine, a.get(2, "size"), random::normal, number(a.get(0, "loc"), 0), scale);
            }
            case "randint" -> randint(machine, random, a);
            case "permutation" -> permutation(machine, random, a.required(0, "x"), at);
            case "shuffle" -> shuffle(machine, random, a.required(0, "x"), at);
            case "choice" -> Choice.choose(machine, random, a, at);
            default -> throw new ProgramError("np.random." + f + " is not supported: use np.random.seed, rand, randn, "
                    + "standard_normal, random, uniform, normal, randint, permutation, shuffle or choice");
        };
    }

    /** A number argument; an array of them (one draw per element) is not supported. */
    static double number(Value v, double otherwise) {
        if (v == null) {
            return otherwise;
        }
        if (v instanceof PyArray array && array.value().size() != 1 || v instanceof PyList || v instanceof PyTuple) {
            throw new ProgramError("np.random with an array of parameters is not supported: draw with numbers and "
                    + "scale the result (loc + scale * np.random.randn(...))");
        }
        return Numbers.toDouble(v);
    }

    static Value draw(Interpreter machine, Value size, DoubleSupplier draw, double offset, double scale) {
        if (size == null || size == PyNone.NONE) {
            return PyFloat.of(offset + scale * draw.getAsDouble());
        }
        return sample(Creation.dims(machine, size), draw, offset, scale);
    }

    private static Value sample(int[] shape, DoubleSupplier draw, double offset, double scale) {
        double[] data = new double[Shapes.size(shape)];
        for (int k = 0; k < data.length; k++) {
            data[k] = offset + scale * draw.getAsDouble();
        }
        return new PyArray(new NdArray(shape, data), Value.NO_NODE);
    }

    /** {@code randint(low, high=None, size=None)}: integers in {@code [low, high)}, or {@code [0, low)}. */
    private static Value randint(Interpreter machine, NumpyRandom random, Arguments a) {
        long low = Numbers.toLong(a.required(0, "low"));
        Value highValue = a.get(1, "high");
        long high = highValue == null || highValue == PyNone.NONE ? low : Numbers.toLong(highValue);
        if (highValue == null || highValue == PyNone.NONE) {
            low = 0;
        }
        if (low >= high) {
            throw new ProgramError(highValue == null || highValue == PyNone.NONE ? "high <= 0" : "low >= high");
        }
        DType type = NumpyTypes.optional(a.get(3, "dtype"));
        if (type != null && type != DType.INT64) {
            throw new ProgramError("np.random.randint of dtype " + type.numpyName() + " is not supported: use int");
        }
        return integers(machine, random, low, high, a.get(2, "size"));
    }

    /**
     * @param machine the interpreter
     * @param random the generator
     * @param low the smallest value
     * @param high one past the largest
     * @param size the shape, or {@code None} for one int
     * @return uniform integers in {@code [low, high)}
     */
    static Value integers(Interpreter machine, Draws random, long low, long high, Value size) {
        if (size == null || size == PyNone.NONE) {
            return new PyInt(random.integer(low, high));
        }
        int[] shape = Creation.dims(machine, size);
        double[] data = new double[Shapes.size(shape)];
        for (int k = 0; k < data.length; k++) {
            data[k] = random.integer(low, high);
        }
        return new PyArray(new NdArray(shape, data, DType.INT64), Value.NO_NODE);
    }

    /**
     * numpy's legacy shuffle of the positions {@code 0..n-1}: for {@code i} from {@code n-1} down to 1, swap
     * {@code i} with {@code random_interval(i)} (Fisher–Yates).
     *
     * @param random the generator
     * @param n how many
     * @return the shuffled positions
     */
    static int[] shuffled(Draws random, int n) {
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        shuffle(random, order, n, 1);
        return order;
    }

    /**
     * For {@code i} from {@code n - 1} down to {@code first}: swap {@code order[i]} with
     * {@code order[interval(i)]}.
     *
     * @param random the generator
     * @param order what is shuffled, in place
     * @param n how many of it
     * @param first the last position swapped
     */
    static void shuffle(Draws random, int[] order, int n, int first) {
        for (int i = n - 1; i >= first; i--) {
            int j = (int) random.interval(i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** {@code permutation(x)}: of {@code arange(x)} for an int, else of a copy of the array's rows. */
    static Value permutation(Interpreter machine, Draws random, Value x, Span at) {
        if (x instanceof PyInt || x instanceof PyBool) {
            long n = Numbers.toLong(x);
            machine.recorder.checkSize(Math.max(0, n));
            int[] order = shuffled(random, (int) Math.max(0, n));
            double[] data = new double[order.length];
            for (int k = 0; k < data.length; k++) {
                data[k] = order[k];
            }
            return new PyArray(new NdArray(new int[] {data.length}, data, DType.INT64), Value.NO_NODE);
        }
        PyArray array = x instanceof PyArray a ? a : new PyArray(Numbers.array(x), Value.NO_NODE);
        if (array.value().ndim() == 0) {
            throw new ProgramError("x must be an integer or at least 1-dimensional");
        }
        return rows(machine, array, shuffled(random, array.value().dim(0)), at);
    }

    /** {@code shuffle(x)}: the rows of an array, or the items of a list, in place. */
    static Value shuffle(Interpreter machine, Draws random, Value x, Span at) {
        if (x instanceof PyList list) {
            int[] order = shuffled(random, list.items().size());
            List<Value> items = new ArrayList<>(list.items());
            for (int k = 0; k < order.length; k++) {
                list.items().set(k, items.get(order[k]));
            }
            return PyNone.NONE;
        }
        if (!(x instanceof PyArray array) || array.value().ndim() == 0) {
            throw new ProgramError("np.random.shuffle takes an array or a list (of at least one dimension)");
        }
        Value result = rows(machine, array, shuffled(random, array.value().dim(0)), at);
        array.set(Numbers.array(result), Numbers.node(result));
        return PyNone.NONE;
    }

    /** {@code a[order]}, recorded. */
    static Value rows(Interpreter machine, PyArray a, int[] order, Span at) {
        long[] positions = new long[order.length];
        for (int k = 0; k < order.length; k++) {
            positions[k] = order[k];
        }
        List<Index> index = Collections.singletonList(new Index.Positions(new int[] {order.length}, positions));
        return ArraySubscripts.gather(machine, a, index, at);
    }
}
