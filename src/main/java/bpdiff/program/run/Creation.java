package bpdiff.program.run;

import bpdiff.program.array.NdArray;
import bpdiff.program.array.Shapes;
import java.util.Arrays;

/** numpy's array constructors ({@code zeros}, {@code ones}, {@code arange}, {@code linspace}) and {@code np.random}. */
final class Creation {

    private Creation() {}

    /**
     * @param machine the interpreter
     * @param f {@code zeros, ones, zeros_like, ones_like, arange, linspace}
     * @param a the arguments
     * @return the new constant array
     */
    static Value make(Interpreter machine, String f, Arguments a) {
        return switch (f) {
            case "zeros", "ones" -> filled(machine, NumpyFunctions.shapeOf(a.required(0, "shape")),
                    f.equals("ones") ? 1 : 0);
            case "zeros_like", "ones_like" -> filled(machine, Numbers.array(a.required(0, "a")).shape(),
                    f.equals("ones_like") ? 1 : 0);
            case "arange" -> arange(machine, a);
            default -> linspace(machine, a);
        };
    }

    private static Value filled(Interpreter machine, int[] shape, double value) {
        long size = Shapes.count(shape);
        machine.recorder.checkSize(size);
        double[] data = new double[(int) size];
        Arrays.fill(data, value);
        return Numbers.wrap(new NdArray(shape, data), Value.NO_NODE, false);
    }

    private static Value arange(Interpreter machine, Arguments a) {
        double start = 0;
        double stop;
        double step = 1;
        if (a.size() == 1) {
            stop = Numbers.toDouble(a.required(0, "stop"));
        } else {
            start = Numbers.toDouble(a.required(0, "start"));
            stop = Numbers.toDouble(a.required(1, "stop"));
            step = a.size() > 2 ? Numbers.toDouble(a.required(2, "step")) : 1;
        }
        if (step == 0) {
            throw new ProgramError("arange: step must not be zero");
        }
        long count = Math.max(0, (long) Math.ceil((stop - start) / step));
        machine.recorder.checkSize(count);
        double[] data = new double[(int) count];
        for (int k = 0; k < count; k++) {
            data[k] = start + k * step;
        }
        return new PyArray(new NdArray(new int[] {data.length}, data), Value.NO_NODE);
    }

    private static Value linspace(Interpreter machine, Arguments a) {
        double start = Numbers.toDouble(a.required(0, "start"));
        double stop = Numbers.toDouble(a.required(1, "stop"));
        long num = a.get(2, "num") == null ? 50 : Numbers.toLong(a.get(2, "num"));
        machine.recorder.checkSize(num);
        double[] data = new double[(int) Math.max(0, num)];
        for (int k = 0; k < data.length; k++) {
            data[k] = data.length == 1 ? start : start + (stop - start) * k / (data.length - 1);
        }
        return new PyArray(new NdArray(new int[] {data.length}, data), Value.NO_NODE);
    }

    /**
     * @param machine the interpreter
     * @param f {@code seed, rand, randn, random, uniform, normal}
     * @param a the arguments
     * @return the numbers (or {@code None} for {@code seed})
     */
    static Value random(Interpreter machine, String f, Arguments a) {
        NumpyRandom random = machine.random;
        switch (f) {
            case "seed":
                random.seed(a.size() == 0 ? 0 : Numbers.toLong(a.required(0, "seed")));
                return PyNone.NONE;
            case "rand":
            case "randn":
                int[] dims = new int[a.size()];
                for (int k = 0; k < dims.length; k++) {
                    dims[k] = (int) Numbers.toLong(a.positional().get(k));
                }
                return sample(machine, dims, f.equals("rand") ? random::uniform : random::normal, 0, 1);
            case "random":
                return sample(machine, size(a.get(0, "size")), random::uniform, 0, 1);
            case "uniform":
                double low = a.get(0, "low") == null ? 0 : Numbers.toDouble(a.get(0, "low"));
                double high = a.get(1, "high") == null ? 1 : Numbers.toDouble(a.get(1, "high"));
                return sample(machine, size(a.get(2, "size")), random::uniform, low, high - low);
            default:
                double loc = a.get(0, "loc") == null ? 0 : Numbers.toDouble(a.get(0, "loc"));
                double scale = a.get(1, "scale") == null ? 1 : Numbers.toDouble(a.get(1, "scale"));
                return sample(machine, size(a.get(2, "size")), random::normal, loc, scale);
        }
    }

    private static int[] size(Value size) {
        return size == null || size == PyNone.NONE ? new int[0] : NumpyFunctions.shapeOf(size);
    }

    private static Value sample(Interpreter machine, int[] shape, java.util.function.DoubleSupplier draw, double offset,
            double scale) {
        long size = Shapes.count(shape);
        machine.recorder.checkSize(size);
        double[] data = new double[(int) size];
        for (int k = 0; k < data.length; k++) {
            data[k] = offset + scale * draw.getAsDouble();
        }
        return Numbers.wrap(new NdArray(shape, data), Value.NO_NODE, false);
    }
}
