package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code random} module: {@code seed random uniform gauss normalvariate randint randrange choice
 * choices shuffle sample getrandbits}, each drawing as CPython 3.11's {@code random.py} draws
 * ({@link PythonRandom}).
 */
final class RandomModule {

    /**
     * {@code random.Random(seed)}: a generator of its own, whose methods draw as the module's functions do (seeded 0
     * without a seed, where CPython would seed from the operating system).
     *
     * @param generator its state
     */
    record Instance(PythonRandom generator) implements Value {
        @Override
        public String typeName() {
            return "Random";
        }
    }

    private RandomModule() {}

    /**
     * @param machine the interpreter
     * @param f the function
     * @param a its arguments
     * @param at where
     * @return its result
     */
    static Value call(Interpreter machine, String f, Arguments a, Span at) {
        if (f.equals("Random")) {
            a.check(1, "x");
            Instance made = new Instance(new PythonRandom());
            call(machine, made.generator(), "seed", new Arguments("seed", a.positional(), Map.of()), at);
            return made;
        }
        return call(machine, machine.pythonRandom, f, a, at);
    }

    /**
     * A function of the module, or the method of that name of a {@code random.Random} object.
     *
     * @param machine the interpreter
     * @param r the generator it draws from
     * @param f the function
     * @param a its arguments
     * @param at where
     * @return its result
     */
    static Value call(Interpreter machine, PythonRandom r, String f, Arguments a, Span at) {
        switch (f) {
            case "seed": {
                Value s = a.get(0, "a");
                if (s == null || s == PyNone.NONE) {
                    r.seed(BigInteger.ZERO);
                } else if (s instanceof PyStr text) {
                    r.seed(text.value());
                } else if (Numbers.isInteger(s) || s instanceof PyBool) {
                    r.seed(Numbers.big(s instanceof PyBool b ? new PyInt(b.value() ? 1 : 0) : s));
                } else if (s instanceof PyFloat) {
                    r.seed(BigInteger.valueOf(((PyInt) Reflection.call(machine, "hash", new Arguments("hash",
                            List.of(s), java.util.Map.of()), at)).value()));
                } else {
                    throw ProgramError.of("TypeError", "The only supported seed types are: None,\nint, float, str, "
                            + "bytes, and bytearray.");
                }
                return PyNone.NONE;
            }
            case "random":
                return PyFloat.of(r.random());
            case "uniform": {
                double lo = MathModule.number(a.required(0, "a"));
                double hi = MathModule.number(a.required(1, "b"));
                return PyFloat.of(lo + (hi - lo) * r.random());
            }
            case "gauss":
            case "normalvariate": {
                double mu = a.get(0, "mu") == null ? 0 : MathModule.number(a.get(0, "mu"));
                double sigma = a.get(1, "sigma") == null ? 1 : MathModule.number(a.get(1, "sigma"));
                return PyFloat.of(f.equals("gauss") ? r.gauss(mu, sigma) : r.normalvariate(mu, sigma));
            }
            case "getrandbits": {
                long k = Numbers.toLong(a.required(0, "k"));
                if (k < 0) {
                    throw ProgramError.of("ValueError", "number of bits must be non-negative");
                }
                return PyBigInt.of(r.getrandbits((int) Math.min(k, 1 << 20)));
            }
            case "randint":
                return randrange(r, a.required(0, "a"), PyBigInt.of(integer(a.required(1, "b")).add(BigInteger.ONE)),
                        null);
            case "randrange":
                return randrange(r, a.required(0, "start"), a.get(1, "stop"), a.get(2, "step"));
            case "choice": {
                Value seq = a.required(0, "seq");
                long n = Numbers.toLong(Builtins.len(machine, seq));
                if (n == 0) {
                    throw ProgramError.of("IndexError", "Cannot choose from an empty sequence");
                }
                return Subscripts.get(machine, seq, List.of(new PyInt(r.below((int) n))), at);
            }
            case "shuffle": {
                Value x = a.required(0, "x");
                if (!(x instanceof PyList list)) {
                    throw new ProgramError("random.shuffle of a " + BuiltinTypes.typeOf(x).name() + " is not supported: "
                            + "shuffle a list");
                }
                List<Value> items = list.items();
                for (int i = items.size() - 1; i >= 1; i--) {
                    int j = r.below(i + 1);
                    Value t = items.get(i);
                    items.set(i, items.get(j));
                    items.set(j, t);
                }
                return PyNone.NONE;
            }
            case "choices":
                return choices(machine, r, a, at);
            default:
                return sample(machine, r, a, at);
        }
    }

    private static BigInteger integer(Value v) {
        if (!Numbers.isInteger(v) && !(v instanceof PyBool)) {
            if (v instanceof PyFloat f && f.value() == Math.rint(f.value())) {
                return new java.math.BigDecimal(f.value()).toBigInteger();
            }
            throw ProgramError.of("ValueError", "non-integer arg 1 for randrange()");
        }
        return Numbers.big(v instanceof PyBool b ? new PyInt(b.value() ? 1 : 0) : v);
    }

    private static Value randrange(PythonRandom r, Value startValue, Value stopValue, Value stepValue) {
        BigInteger start = integer(startValue);
        if (stopValue == null || stopValue == PyNone.NONE) {
            if (stepValue != null) {
                throw ProgramError.of("TypeError", "Missing a non-None stop argument");
            }
            if (start.signum() > 0) {
                return PyBigInt.of(r.below(start));
            }
            throw ProgramError.of("ValueError", "empty range for randrange()");
        }
        BigInteger stop = integer(stopValue);
        BigInteger width = stop.subtract(start);
        BigInteger step = stepValue == null ? BigInteger.ONE : integer(stepValue);
        if (step.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return PyBigInt.of(start.add(r.below(width)));
            }
            throw ProgramError.of("ValueError", "empty range for randrange() (" + start + ", " + stop + ", " + width
                    + ")");
        }
        BigInteger n;
        if (step.signum() > 0) {
            n = Integers.floorDivMod(width.add(step).subtract(BigInteger.ONE), step)[0];
        } else if (step.signum() < 0) {
            n = Integers.floorDivMod(width.add(step).add(BigInteger.ONE), step)[0];
        } else {
            throw ProgramError.of("ValueError", "zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw ProgramError.of("ValueError", "empty range for randrange()");
        }
        return PyBigInt.of(start.add(step.multiply(r.below(n))));
    }

    private static Value choices(Interpreter machine, PythonRandom r, Arguments a, Span at) {
        List<Value> population = Iteration.list(a.required(0, "population"), machine, at);
        Value weights = a.get(1, "weights");
        Value cumulative = a.keywords().get("cum_weights");
        long k = a.keywords().get("k") == null ? 1 : Numbers.toLong(a.keywords().get("k"));
        machine.recorder.checkSize(k);
        int n = population.size();
        List<Value> out = new ArrayList<>();
        if ((cumulative == null || cumulative == PyNone.NONE) && (weights == null || weights == PyNone.NONE)) {
            for (long i = 0; i < k; i++) {
                out.add(population.get((int) Math.floor(r.random() * n)));
            }
            return PyList.of(out);
        }
        double[] cum;
        if (cumulative == null || cumulative == PyNone.NONE) {
            List<Value> w = Iteration.list(weights, machine, at);
            cum = new double[w.size()];
            double total = 0;
            for (int i = 0; i < cum.length; i++) {
                total += MathModule.number(w.get(i));
                cum[i] = total;
            }
        } else {
            if (weights != null && weights != PyNone.NONE) {
                throw ProgramError.of("TypeError", "Cannot specify both weights and cumulative weights");
            }
            List<Value> c = Iteration.list(cumulative, machine, at);
            cum = new double[c.size()];
            for (int i = 0; i < cum.length; i++) {
                cum[i] = MathModule.number(c.get(i));
            }
        }
        if (cum.length != n) {
            throw ProgramError.of("ValueError", "The number of weights does not match the population");
        }
        double total = cum[n - 1];
        if (total <= 0.0) {
            throw ProgramError.of("ValueError", "Total of weights must be greater than zero");
        }
        if (!Double.isFinite(total)) {
            throw ProgramError.of("ValueError", "Total of weights must be finite");
        }
        for (long i = 0; i < k; i++) {
            double x = r.random() * total;
            int lo = 0;
            int hi = n - 1;
            while (lo < hi) {
                int mid = (lo + hi) / 2;
                if (x < cum[mid]) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.add(population.get(lo));
        }
        return PyList.of(out);
    }

    private static Value sample(Interpreter machine, PythonRandom r, Arguments a, Span at) {
        Value populationValue = a.required(0, "population");
        if (populationValue instanceof PySet || populationValue instanceof PyDict) {
            throw ProgramError.of("TypeError", "Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        List<Value> population = Iteration.list(populationValue, machine, at);
        long k = Numbers.toLong(a.required(1, "k"));
        int n = population.size();
        if (k < 0 || k > n) {
            throw ProgramError.of("ValueError", "Sample larger than population or is negative");
        }
        List<Value> result = new ArrayList<>();
        long setSize = 21;
        if (k > 5) {
            setSize += (long) Math.pow(4, Math.ceil(Math.log(k * 3) / Math.log(4)));
        }
        if (n <= setSize) {
            List<Value> pool = new ArrayList<>(population);
            for (int i = 0; i < k; i++) {
                int j = r.below(n - i);
                result.add(pool.get(j));
                pool.set(j, pool.get(n - i - 1));
            }
        } else {
            Set<Integer> selected = new HashSet<>();
            for (int i = 0; i < k; i++) {
                int j = r.below(n);
                while (selected.contains(j)) {
                    j = r.below(n);
                }
                selected.add(j);
                result.add(population.get(j));
            }
        }
        return PyList.of(result);
    }
}
