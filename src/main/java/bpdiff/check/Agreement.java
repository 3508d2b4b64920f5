package bpdiff.check;

import bpdiff.diff.Tolerance;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.Reshaping;
import bpdiff.program.array.ShapeException;
import bpdiff.program.array.Shapes;
import java.util.Arrays;

/**
 * Whether a hand value agrees with autograd's, element by element within the tolerance: a value of another
 * shape agrees only if numpy would broadcast it to the right shape and then every element agrees.
 */
public final class Agreement {

    private Agreement() {}

    /**
     * @param value the hand value
     * @param truth autograd's value
     * @return the hand value in autograd's shape, or {@code null} if it cannot have that shape
     */
    public static NdArray fitted(NdArray value, NdArray truth) {
        if (Arrays.equals(value.shapeView(), truth.shapeView())) {
            return value;
        }
        if (value.size() == truth.size() && value.size() == 1) {
            return new NdArray(truth.shape(), value.data());
        }
        try {
            return Reshaping.broadcastTo(value, truth.shape());
        } catch (ShapeException e) {
            return null;
        }
    }

    /**
     * A hand value the program computed in float32 (a {@code torch.Tensor}, a float32 array) is held to
     * {@link Tolerance#FLOAT32}: its own rounding is that of float32, whatever precision autograd used.
     *
     * @param value the hand value
     * @param truth autograd's value
     * @param tolerance when two numbers agree
     * @return whether every element agrees
     */
    public static boolean agrees(NdArray value, NdArray truth, Tolerance tolerance) {
        NdArray fitted = value == null ? null : fitted(value, truth);
        if (fitted == null) {
            return false;
        }
        Tolerance held = value.dtype() == bpdiff.program.array.DType.FLOAT32 ? Tolerance.FLOAT32 : tolerance;
        for (int k = 0; k < truth.size(); k++) {
            if (!held.agrees(fitted.get(k), truth.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param value the hand value
     * @param truth autograd's value
     * @return why the two cannot be compared element by element (shapes, non-finite values), or {@code null}
     */
    public static String problem(NdArray value, NdArray truth) {
        if (fitted(value, truth) == null) {
            return "its shape is " + Shapes.text(value.shape()) + ", but the derivative has the shape "
                    + Shapes.text(truth.shape()) + " of what it is the derivative of";
        }
        for (int k = 0; k < value.size(); k++) {
            if (!Double.isFinite(value.get(k))) {
                return "its value is not finite (" + value.get(k) + ")";
            }
        }
        if (!Arrays.equals(value.shape(), truth.shape()) && value.size() != 1) {
            return "its shape " + Shapes.text(value.shape()) + " is broadcast to " + Shapes.text(truth.shape());
        }
        return null;
    }
}
