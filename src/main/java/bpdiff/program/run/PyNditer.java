package bpdiff.program.run;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code np.nditer(x, flags=['multi_index'], op_flags=['readwrite'])} as a numerical gradient walks it (Saito's
 * {@code numerical_gradient}: {@code while not it.finished: idx = it.multi_index; …; it.iternext()}): the indices of
 * an array's shape in C order, {@code finished} once past the last, {@code multi_index} the current one. The array is
 * read and written through {@code x[idx]}, so the iterator holds only the shape.
 */
final class PyNditer implements Value {

    private final int[] shape;
    private final int[] index;
    private boolean finished;

    /**
     * @param shape the array's shape
     */
    PyNditer(int[] shape) {
        this.shape = shape.clone();
        this.index = new int[shape.length];
        long size = 1;
        for (int n : shape) {
            size *= n;
        }
        this.finished = size == 0;
    }

    @Override
    public String typeName() {
        return "numpy.nditer";
    }

    /**
     * @param name an attribute
     * @return {@code finished} or {@code multi_index}
     * @throws ProgramError for any other, as CPython's AttributeError (or bpdiff's own, for the attributes it lacks)
     */
    Value attribute(String name) {
        return switch (name) {
            case "finished" -> PyBool.of(finished);
            case "multi_index" -> {
                if (finished) {
                    throw ProgramError.of("ValueError", "Iterator is past the end");
                }
                List<Value> items = new ArrayList<>(index.length);
                for (int k : index) {
                    items.add(PyInt.of(k));
                }
                yield new PyTuple(items);
            }
            case "iternext" -> new PyMethod(this, name);
            default -> throw new ProgramError("np.nditer's " + name + " is not supported: bpdiff's nditer has "
                    + "finished, multi_index and iternext()");
        };
    }

    /** {@code it.iternext()}: the next index in C order; {@code True} while there is one. */
    Value iternext() {
        for (int d = shape.length - 1; d >= 0 && !finished; d--) {
            if (++index[d] < shape[d]) {
                return PyBool.of(true);
            }
            index[d] = 0;
        }
        finished = true;
        return PyBool.of(false);
    }
}
