package bpdiff.gradient;

import ai.djl.ndarray.types.DataType;
import bpdiff.BadInputException;
import bpdiff.Identified;

/**
 * The floating-point type the engine computes in.
 *
 * <p>{@link #FLOAT64} is the default, for verification; {@link #FLOAT32} mirrors the homework's
 * {@code torch.Tensor}, which is float32. The hand-written sources and finite differences always compute
 * in double, as the homework-2 program does in Python.
 */
public enum Precision implements Identified {
    /** IEEE single precision, like {@code torch.Tensor([0.2])}. */
    FLOAT32("float32", DataType.FLOAT32),
    /** IEEE double precision. */
    FLOAT64("float64", DataType.FLOAT64);

    private final String id;
    private final DataType dataType;

    Precision(String id, DataType dataType) {
        this.id = id;
        this.dataType = dataType;
    }

    /** @return {@code float32} or {@code float64} */
    @Override
    public String id() {
        return id;
    }

    /** @return {@link #id()}, so that picocli lists and reads the ids */
    @Override
    public String toString() {
        return id;
    }

    /** @return the DJL data type */
    public DataType dataType() {
        return dataType;
    }

    /**
     * Finds a precision by its id.
     *
     * @param id {@code float32} or {@code float64}
     * @param where where it was written
     * @return the precision
     * @throws BadInputException if the id is unknown
     */
    public static Precision parse(String id, String where) {
        return Identified.parse(Precision.class, id, "dtype", where);
    }
}
