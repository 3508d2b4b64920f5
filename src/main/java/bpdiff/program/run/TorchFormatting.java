package bpdiff.program.run;

/**
 * {@code str} and {@code repr} of PyTorch's values, for {@link Formatting}: tensors ({@link TensorFormat}), dtypes
 * ({@code torch.float32}), modules, optimizers and the other objects ({@link TorchObjects#repr}), and the pairs
 * {@code torch.max(x, dim)} returns.
 */
final class TorchFormatting {

    /** The state of a formatting without an interpreter: PyTorch's defaults. */
    private static final ThreadLocal<Torch> DEFAULTS = ThreadLocal.withInitial(() -> new Torch(null));

    private TorchFormatting() {}

    private static Torch torch(Interpreter machine) {
        return machine == null ? DEFAULTS.get() : machine.torch;
    }

    /**
     * @param machine the interpreter, or {@code null}
     * @param v a value
     * @return its {@code repr}, or {@code null} if it is not PyTorch's
     */
    static String repr(Interpreter machine, Value v) {
        if (v instanceof PyTensor t) {
            return TensorFormat.repr(torch(machine), t);
        }
        if (v instanceof TorchTypes.TorchDType d) {
            return d.text();
        }
        if (v instanceof TorchObject o) {
            return TorchObjects.repr(o);
        }
        return null;
    }

    /**
     * @param machine the interpreter, or {@code null}
     * @param v a value
     * @return its {@code str}, or {@code null} if it is not PyTorch's
     */
    static String str(Interpreter machine, Value v) {
        if (v instanceof TorchObject o) {
            return TorchObjects.str(o);
        }
        return repr(machine, v);
    }

    /**
     * @param machine the interpreter, or {@code null}
     * @param t a tuple
     * @return the function whose result it is ({@code max}), or {@code null} for a plain tuple
     */
    static String returnType(Interpreter machine, PyTuple t) {
        return machine == null ? null : machine.torch.returnTypes().get(t);
    }
}
