package bpdiff.program.run;

import bpdiff.program.array.DType;

/**
 * A numpy dtype as a value: what {@code a.dtype} gives; {@code print(a.dtype)} prints {@code float64}.
 *
 * @param dtype the type
 */
public record PyDType(DType dtype) implements Value {

    @Override
    public String typeName() {
        return "numpy.dtype[" + dtype.numpyName() + "]";
    }
}
