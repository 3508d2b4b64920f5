package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.syntax.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code np.random.default_rng(seed)} and its {@code Generator}'s methods, with numpy's arguments and draws
 * ({@link NumpyGenerator}): {@code random standard_normal normal uniform integers permutation shuffle choice}.
 * A generator made without a seed draws what seed 0 draws (numpy would seed it from the operating system), as
 * an unseeded {@code np.random} does.
 */
final class GeneratorFunctions {

    /** The methods of a {@code Generator} that bpdiff runs. */
    static final Set<String> METHODS = Set.of("random", "standard_normal", "normal", "uniform", "integers",
            "permutation", "shuffle", "choice");

    private GeneratorFunctions() {}

    /**
     * {@code np.random.default_rng(seed)}, seeded as numpy's {@code SeedSequence}: an integer's 32-bit words, or a
     * sequence's (list, tuple, range or integer array, nested too) one after the other. {@code None} seeds as 0 (numpy
     * asks the operating system: no run of it can be repeated).
     *
     * @param seed the seed: a non-negative integer, a sequence of them, None, or a generator (returned as it is)
     * @return the generator
     */
    static Value defaultRng(Value seed) {
        if (seed instanceof PyGenerator generator) {
            return generator;
        }
        if (seed == null || seed == PyNone.NONE) {
            return new PyGenerator(new NumpyGenerator(Pcg64.words(BigInteger.ZERO)));
        }
        if (integer(seed) == null && !isSequence(seed)) {
            throw ProgramError.of("TypeError", "SeedSequence expects int or sequence of ints for entropy not "
                    + Formatting.str(seed));
        }
        List<Integer> words = new ArrayList<>();
        entropy(seed, words);
        int[] entropy = new int[words.size()];
        for (int k = 0; k < entropy.length; k++) {
            entropy[k] = words.get(k);
        }
        return new PyGenerator(new NumpyGenerator(entropy));
    }

    /** numpy's {@code _coerce_to_uint32_array}: the words of an integer, or of each item of a sequence in turn. */
    private static void entropy(Value seed, List<Integer> into) {
        BigInteger n = integer(seed);
        if (n != null) {
            if (n.signum() < 0) {
                throw ProgramError.of("ValueError", "expected non-negative integer");
            }
            for (int w : Pcg64.words(n)) {
                into.add(w);
            }
        } else if (seed instanceof PyList || seed instanceof PyTuple) {
            for (Value item : seed instanceof PyList l ? l.items() : ((PyTuple) seed).items()) {
                entropy(item, into);
            }
        } else if (seed instanceof PyRange r) {
            for (long k = 0; k < r.length(); k++) {
                entropy(new PyInt(r.at(k)), into);
            }
        } else if (seed instanceof PyArray a && a.value().dtype() != DType.FLOAT64 && a.value().dtype() != DType.FLOAT32) {
            for (double d : a.value().data()) {
                entropy(new PyInt((long) d), into);
            }
        } else {
            throw ProgramError.of("TypeError", "seed must be integer");
        }
    }

    private static BigInteger integer(Value v) {
        return v instanceof PyBigInt big ? big.value()
                : v instanceof PyInt || v instanceof PyBool ? BigInteger.valueOf(Numbers.toLong(v)) : null;
    }

    private static boolean isSequence(Value v) {
        return v instanceof PyList || v instanceof PyTuple || v instanceof PyRange || v instanceof PyArray;
    }

    /**
     * @param machine the interpreter
     * @param random the generator
     * @param f the method
     * @param a the arguments
     * @param at where
     * @return what numpy returns
     */
    static Value call(Interpreter machine, NumpyGenerator random, String f, Arguments a, Span at) {
        return switch (f) {
            case "random" -> RandomFunctions.draw(machine, a.get(0, "size"), random::uniform, 0, 1);
            case "standard_normal" -> RandomFunctions.draw(machine, a.get(0, "size"), random::normal, 0, 1);
            case "normal" -> {
                double scale = RandomFunctions.number(a.get(1, "scale"), 1);
                if (scale < 0) {
                    throw new ProgramError("scale < 0");
                }
                yield RandomFunctions.draw(machine, a.get(2, "size"), random::normal,
                        RandomFunctions.number(a.get(0, "loc"), 0), scale);
            }
            case "uniform" -> {
                double low = RandomFunctions.number(a.get(0, "low"), 0);
                double high = RandomFunctions.number(a.get(1, "high"), 1);
                yield RandomFunctions.draw(machine, a.get(2, "size"), random::uniform, low, high - low);
            }
            case "integers" -> integers(machine, random, a);
            case "permutation" -> RandomFunctions.permutation(machine, random, a.required(0, "x"), at);
            case "shuffle" -> RandomFunctions.shuffle(machine, random, a.required(0, "x"), at);
            case "choice" -> Choice.choose(machine, random, a, at);
            default -> throw new ProgramError("Generator." + f + " is not supported: use random, standard_normal, "
                    + "normal, uniform, integers, permutation, shuffle or choice");
        };
    }

    /** {@code integers(low, high=None, size=None, dtype=np.int64, endpoint=False)}. */
    private static Value integers(Interpreter machine, NumpyGenerator random, Arguments a) {
        long low = Numbers.toLong(a.required(0, "low"));
        Value highValue = a.get(1, "high");
        boolean onlyHigh = highValue == null || highValue == PyNone.NONE;
        long high = onlyHigh ? low : Numbers.toLong(highValue);
        if (onlyHigh) {
            low = 0;
        }
        Value endpointValue = a.get(4, "endpoint");
        boolean endpoint = endpointValue != null && Truth.of(endpointValue);
        if (endpoint ? low > high : low >= high) {
            throw new ProgramError(endpoint ? "low > high" : "low >= high");
        }
        DType type = NumpyTypes.optional(a.get(3, "dtype"));
        if (type != null && type != DType.INT64) {
            throw new ProgramError("Generator.integers of dtype " + type.numpyName() + " is not supported: use int");
        }
        return RandomFunctions.integers(machine, random, low, endpoint ? high + 1 : high, a.get(2, "size"));
    }
}
