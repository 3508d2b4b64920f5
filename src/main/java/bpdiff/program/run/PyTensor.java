package bpdiff.program.run;

import bpdiff.program.array.NdArray;

/**
 * A torch tensor: an array ({@link PyArray}, so that the check sees its numbers and its tape node as it sees a
 * numpy array's) with PyTorch's autograd state on top.
 *
 * <p>The elements live in a {@link Storage} that views share: {@code w.data} and {@code w.detach()} are other
 * tensors over the same storage, so {@code w.data -= lr * w.grad} changes {@code w}. A tensor is a leaf unless an
 * operation recorded for autograd made it ({@link #gradFn}); {@code requires_grad} says whether autograd
 * differentiates through it, and {@link #grad} is what {@code backward()} accumulated into it.
 */
public final class PyTensor extends PyArray {

    /** The elements and their tape node, shared by a tensor and its views. */
    static final class Storage {
        private NdArray value;
        private int node;

        Storage(NdArray value, int node) {
            this.value = value;
            this.node = node;
        }
    }

    private final Storage storage;
    /** PyTorch's version counter: in-place changes made through this tensor or a {@code detach()} of it. */
    private final int[] version;
    /** Where the last in-place change through this tensor was made, or {@code null}. */
    private bpdiff.program.syntax.Span changedAt;
    private boolean requiresGrad;
    private String gradFn;
    private PyTensor grad;
    private boolean retainsGrad;
    /** Whether it is an {@code nn.Parameter}, which prints as {@code Parameter containing:} and the tensor. */
    private boolean parameter;

    /**
     * A new tensor with storage of its own.
     *
     * @param value the elements (their dtype is the tensor's)
     * @param node their tape node, or {@link Value#NO_NODE}
     * @param requiresGrad whether autograd differentiates through it
     * @param gradFn PyTorch's name of the operation that made it ({@code MulBackward0}), or {@code null} for a leaf
     */
    PyTensor(NdArray value, int node, boolean requiresGrad, String gradFn) {
        this(new Storage(value, node), new int[1], requiresGrad, gradFn);
    }

    private PyTensor(Storage storage, int[] version, boolean requiresGrad, String gradFn) {
        super(storage.value, storage.node);
        this.storage = storage;
        this.version = version;
        this.requiresGrad = requiresGrad;
        this.gradFn = gradFn;
    }

    /**
     * @param sameVersion whether changes through the view count as changes of this tensor ({@code detach()}) or not
     *     ({@code .data}, which autograd does not see)
     * @return a leaf over the same storage that does not require grad
     */
    PyTensor view(boolean sameVersion) {
        return new PyTensor(storage, sameVersion ? version : new int[1], false, null);
    }

    /**
     * @param other another tensor
     * @return whether both are views of one storage
     */
    boolean sharesStorage(PyTensor other) {
        return storage == other.storage;
    }

    @Override
    public NdArray value() {
        return storage.value;
    }

    @Override
    public int node() {
        return storage.node;
    }

    /** An in-place change of the elements counts in the version; a new node for the same elements does not. */
    @Override
    void set(NdArray newValue, int newNode) {
        if (newValue != storage.value) {
            version[0]++;
        }
        storage.value = newValue;
        storage.node = newNode;
    }

    /**
     * {@code t.data = v}: the elements replaced without autograd seeing it.
     *
     * @param newValue the elements
     * @param newNode their node
     */
    void replace(NdArray newValue, int newNode) {
        storage.value = newValue;
        storage.node = newNode;
    }

    /** @return how many in-place changes autograd has seen ({@code t._version}) */
    int version() {
        return version[0];
    }

    /**
     * @param at where the tensor was last changed in place
     */
    void changedAt(bpdiff.program.syntax.Span at) {
        changedAt = at;
    }

    /** @return where the tensor was last changed in place, or {@code null} */
    bpdiff.program.syntax.Span changedAt() {
        return changedAt;
    }

    /** A snapshot keeps the elements, the flags and a snapshot of the gradient as they are now. */
    @Override
    public PyArray frozen() {
        PyTensor copy = new PyTensor(new Storage(storage.value, storage.node), new int[] {version[0]}, requiresGrad,
                gradFn);
        copy.grad = grad == null ? null : (PyTensor) grad.frozen();
        copy.retainsGrad = retainsGrad;
        return copy;
    }

    /** @return whether autograd differentiates through it */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    void requiresGrad(boolean flag) {
        requiresGrad = flag;
    }

    /** @return PyTorch's name of the operation that made it, or {@code null} for a leaf */
    public String gradFn() {
        return gradFn;
    }

    void gradFn(String name) {
        gradFn = name;
    }

    /** @return whether no recorded operation made it ({@code is_leaf}) */
    public boolean isLeaf() {
        return gradFn == null;
    }

    /** @return the accumulated gradient, or {@code null} */
    public PyTensor grad() {
        return grad;
    }

    void grad(PyTensor g) {
        grad = g;
    }

    /** @return whether a non-leaf keeps its gradient ({@code retain_grad()}) */
    /** @return whether it is an {@code nn.Parameter} */
    boolean isParameter() {
        return parameter;
    }

    /**
     * @return {@code nn.Parameter(this)}: a leaf over the same storage, marked as a parameter (whether it requires
     *     grad is set by the caller)
     */
    PyTensor asParameter() {
        PyTensor p = view(false);
        p.parameter = true;
        return p;
    }

    boolean retainsGrad() {
        return retainsGrad;
    }

    void retainGrad() {
        retainsGrad = true;
    }

    @Override
    public String typeName() {
        return "Tensor";
    }
}
