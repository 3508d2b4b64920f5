package bpdiff.program.run;

/**
 * {@code np.random.RandomState(seed)}: a generator of its own, with numpy's legacy draws
 * ({@code rng.randn(2, 3)} gives what {@code np.random.seed(seed); np.random.randn(2, 3)} gives); its methods are
 * {@code np.random}'s functions of the same names ({@link RandomFunctions}).
 *
 * @param generator its generator
 */
public record PyRandomState(NumpyRandom generator) implements Value {

    @Override
    public String typeName() {
        return "RandomState";
    }
}
