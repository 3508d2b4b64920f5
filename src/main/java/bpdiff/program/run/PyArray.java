package bpdiff.program.run;

import bpdiff.program.array.NdArray;

/**
 * A numpy array. It is mutable as numpy's are: {@code W -= lr * dW} changes the array in place, and every
 * variable or list that holds it sees the change. A torch tensor is one ({@link PyTensor}) with PyTorch's
 * behaviour on top.
 */
public class PyArray implements Value {

    private NdArray value;
    private int node;

    /**
     * @param value the elements
     * @param node its tape node, or {@link Value#NO_NODE}
     */
    public PyArray(NdArray value, int node) {
        this.value = value;
        this.node = node;
    }

    /** @return the elements */
    public NdArray value() {
        return value;
    }

    /** @return its tape node, or {@link Value#NO_NODE} */
    public int node() {
        return node;
    }

    /**
     * Replaces the content, as an in-place operation does.
     *
     * @param newValue the new elements, of the same shape
     * @param newNode their node
     */
    void set(NdArray newValue, int newNode) {
        this.value = newValue;
        this.node = newNode;
    }

    /** @return an array that keeps today's content whatever happens to this one later */
    public PyArray frozen() {
        return new PyArray(value, node);
    }

    @Override
    public String typeName() {
        return "numpy.ndarray";
    }
}
