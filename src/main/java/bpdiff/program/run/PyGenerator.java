package bpdiff.program.run;

/**
 * {@code np.random.default_rng(seed)}: numpy's {@code Generator} on {@code PCG64}; its methods are
 * {@link GeneratorFunctions}.
 *
 * @param generator its generator
 */
public record PyGenerator(NumpyGenerator generator) implements Value {

    @Override
    public String typeName() {
        return "Generator";
    }
}
